<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell/menus.py" line="40" />
        <source>Export &amp;Postman collection…</source>
        <translation>Postman कलेक्शन निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="41" />
        <source>&amp;Replay selected on…</source>
        <translation>चुने हुए फिर से भेजें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="42" />
        <source>&amp;Open HAR or Postman file…</source>
        <translation>HAR या Postman फ़ाइल खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="50" />
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="52" />
        <source>&amp;Next user</source>
        <translation>अगला उपयोगकर्ता (&amp;N)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="55" />
        <source>&amp;Environments…</source>
        <translation>परिवेश (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="58" />
        <source>&amp;Wallet</source>
        <translation>वॉलेट (&amp;W)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="64" />
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="69" />
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="73" />
        <source>&amp;Copy summary</source>
        <translation>सारांश कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="80" />
        <source>V&amp;iew</source>
        <translation>दृश्य (&amp;I)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="88" />
        <source>Se&amp;ttings</source>
        <translation>सेटिंग्स (&amp;T)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="89" />
        <source>Verify as soon as the code is &amp;complete</source>
        <translation>कोड पूरा होते ही सत्यापित करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="95" />
        <source>Language (restart to apply)</source>
        <translation>भाषा (लागू करने के लिए पुनः आरंभ करें)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="97" />
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="106" />
        <source>He&amp;lp</source>
        <translation>सहायता (&amp;L)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="108" />
        <source>Open &amp;log folder</source>
        <translation>लॉग फ़ोल्डर खोलें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="111" />
        <source>&amp;About OTP Desktop</source>
        <translation>OTP Desktop के बारे में (&amp;A)</translation>
    </message>
<message>
        <location filename="../shell/main_window.py" line="55" />
        <source>OTP Desktop</source>
        <translation>OTP Desktop</translation>
    </message>
<message>
        <location filename="../shell/chrome.py" line="27" />
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="29" />
        <source>Open the wallet</source>
        <translation>वॉलेट खोलें</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="39" />
        <source>Last request</source>
        <translation>पिछला अनुरोध</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="40" />
        <location filename="../shell/session_display.py" line="60" />
        <source>No request yet</source>
        <translation>अभी तक कोई अनुरोध नहीं</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="41" />
        <source>Secret storage</source>
        <translation>सीक्रेट भंडारण</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="42" />
        <source>User JWT</source>
        <translation>उपयोगकर्ता JWT</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="43" />
        <source>Active environment</source>
        <translation>सक्रिय परिवेश</translation>
    </message>
    <message>
        <location filename="../shell/chrome.py" line="44" />
        <source>Connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="135" />
        <source>About OTP Desktop</source>
        <translation>OTP Desktop के बारे में</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="140" />
        <source>&lt;b&gt;OTP Desktop %1&lt;/b&gt;&lt;br&gt;Phone-OTP onboarding for the rewards API, with a built-in sandbox. MIT licence.&lt;br&gt;Qt %2.</source>
        <translation>&lt;b&gt;OTP Desktop %1&lt;/b&gt;&lt;br&gt;रिवॉर्ड्स API के लिए फ़ोन-OTP ऑनबोर्डिंग, अंतर्निहित सैंडबॉक्स के साथ। MIT लाइसेंस।&lt;br&gt;Qt %2।</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="146" />
        <source>Built with:</source>
        <translation>इनसे बना है:</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="176" />
        <source>Something went wrong</source>
        <translation>कुछ गलत हो गया</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="179" />
        <source>Something unexpected went wrong. Your input is kept; try again. The technical details are in the log file.</source>
        <translation>कुछ अप्रत्याशित गलत हो गया। आपका दर्ज किया डेटा सुरक्षित है; फिर से प्रयास करें। तकनीकी विवरण लॉग फ़ाइल में है।</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="184" />
        <source>Copy report</source>
        <translation>रिपोर्ट कॉपी करें</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="50" />
        <source>⚠ Secrets in memory only</source>
        <translation>⚠ सीक्रेट केवल मेमोरी में</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="52" />
        <source>No keyring is available: secrets are kept for this run only.</source>
        <translation>कोई कीरिंग उपलब्ध नहीं: सीक्रेट केवल इस बार के लिए रखे गए हैं।</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="58" />
        <source>Connecting to %1…</source>
        <translation>%1 से जुड़ रहा है…</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="79" />
        <source>Environment: %1</source>
        <translation>परिवेश: %1</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="87" />
        <source>PRODUCTION: %1. Real users receive real SMS.</source>
        <translation>प्रोडक्शन: %1। असली उपयोगकर्ताओं को असली SMS मिलते हैं।</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="98" />
        <source>Could not connect to %1.</source>
        <translation>%1 से नहीं जुड़ सका।</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="100" />
        <source>Not connected: %1</source>
        <translation>जुड़ा नहीं: %1</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="113" />
        <source>JWT: not usable</source>
        <translation>JWT: उपयोग योग्य नहीं</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="116" />
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="118" />
        <source>User %1, wallet %2</source>
        <translation>उपयोगकर्ता %1, वॉलेट %2</translation>
    </message>
    <message>
        <location filename="../shell/session_display.py" line="128" />
        <source>%1 %2 → %3 · %4 ms · %5</source>
        <translation>%1 %2 → %3 · %4 ms · %5</translation>
    </message>
    <message>
        <location filename="../shell/switching.py" line="30" />
        <source>Switch environment?</source>
        <translation>परिवेश बदलें?</translation>
    </message>
    <message>
        <location filename="../shell/switching.py" line="31" />
        <source>An onboarding is in progress on %1. Switching to %2 abandons it.</source>
        <translation>%1 पर एक ऑनबोर्डिंग चल रही है। %2 पर जाने से वह छोड़ दी जाएगी।</translation>
    </message>
    <message>
        <location filename="../shell/switching.py" line="35" />
        <source>Switch</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location filename="../shell/switching.py" line="84" />
        <source>Apply the changed environment?</source>
        <translation>बदला हुआ परिवेश लागू करें?</translation>
    </message>
    <message>
        <location filename="../shell/switching.py" line="86" />
        <source>An onboarding is in progress on %1. Applying the changed settings now abandons it; otherwise they apply at the next switch.</source>
        <translation>%1 पर एक ऑनबोर्डिंग चल रही है। बदली हुई सेटिंग्स अभी लागू करने से वह छोड़ दी जाएगी; नहीं तो वे अगली बार परिवेश बदलने पर लागू होंगी।</translation>
    </message>
    <message>
        <location filename="../shell/switching.py" line="90" />
        <source>Apply now</source>
        <translation>अभी लागू करें</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <location filename="../widgets/busy_row.py" line="27" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../widgets/busy_row.py" line="29" />
        <source>Cancel the request</source>
        <translation>अनुरोध रद्द करें</translation>
    </message>
    <message>
        <location filename="../widgets/busy_row.py" line="30" />
        <source>Cancel the request in progress (Esc)</source>
        <translation>चल रहा अनुरोध रद्द करें (Esc)</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../onboarding/code_page.py" line="28" />
        <source>authCode</source>
        <translation>authCode</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="30" />
        <source>&amp;Code from the SMS</source>
        <translation>SMS में आया कोड (&amp;C)</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="35" />
        <source>Code status</source>
        <translation>कोड की स्थिति</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="37" />
        <location filename="../onboarding/code_page.py" line="94" />
        <source>&amp;Verify</source>
        <translation>सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="39" />
        <source>Verify code</source>
        <translation>कोड सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="41" />
        <location filename="../onboarding/code_page.py" line="128" />
        <source>&amp;Resend code</source>
        <translation>कोड दोबारा भेजें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="43" />
        <location filename="../onboarding/code_page.py" line="132" />
        <source>Resend code</source>
        <translation>कोड दोबारा भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="44" />
        <source>C&amp;hange number</source>
        <translation>नंबर बदलें (&amp;H)</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="46" />
        <source>Change number</source>
        <translation>नंबर बदलें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="80" />
        <source>Enter the code sent to %1</source>
        <translation>%1 पर भेजा गया कोड दर्ज करें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="88" />
        <source>New user: this number has not been verified before.</source>
        <translation>नया उपयोगकर्ता: यह नंबर पहले सत्यापित नहीं हुआ है।</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="90" />
        <source>Returning user: this number was verified before.</source>
        <translation>पुराना उपयोगकर्ता: यह नंबर पहले सत्यापित हो चुका है।</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="92" />
        <source>authCode %1</source>
        <translation>authCode %1</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="94" />
        <source>Verifying…</source>
        <translation>सत्यापित हो रहा है…</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="117" />
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="120" />
        <source>Send a new code in %1</source>
        <translation>%1 में नया कोड भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="122" />
        <source>Send a &amp;new code</source>
        <translation>नया कोड भेजें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="126" />
        <source>Resend in %1</source>
        <translation>%1 में दोबारा भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="132" />
        <source>Send a new code</source>
        <translation>नया कोड भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="146" />
        <source>Code valid for %1</source>
        <translation>कोड %1 तक मान्य</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="150" />
        <source>1 attempt left</source>
        <translation>1 प्रयास शेष</translation>
    </message>
    <message>
        <location filename="../onboarding/code_page.py" line="152" />
        <source>%1 attempts left</source>
        <translation>%1 प्रयास शेष</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../core_text.py" line="20" />
        <source>The request failed.</source>
        <translation>अनुरोध विफल रहा।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="21" />
        <source>The server could not be reached.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="22" />
        <source>Check the network connection and the environment's address, then try again.</source>
        <translation>नेटवर्क कनेक्शन और परिवेश का पता जाँचें, फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="26" />
        <source>The server's name could not be found.</source>
        <translation>सर्वर का नाम नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="27" />
        <source>Check the environment's base URL and your network or VPN, then try again.</source>
        <translation>परिवेश का बेस URL और अपना नेटवर्क या VPN जाँचें, फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="30" />
        <source>The connection was closed before the server answered.</source>
        <translation>सर्वर के उत्तर देने से पहले कनेक्शन बंद हो गया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="31" />
        <source>The connection was closed before the answer was complete.</source>
        <translation>उत्तर पूरा होने से पहले कनेक्शन बंद हो गया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="32" />
        <source>The request may or may not have been processed.</source>
        <translation>हो सकता है अनुरोध संसाधित हुआ हो, या न हुआ हो।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="33" />
        <source>The request may or may not have been processed: check the result before sending it again.</source>
        <translation>हो सकता है अनुरोध संसाधित हुआ हो, या न हुआ हो: दोबारा भेजने से पहले परिणाम जाँचें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="37" />
        <source>The server did not answer in time.</source>
        <translation>सर्वर ने समय पर उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="38" />
        <source>The server is too slow: the answer did not arrive in time.</source>
        <translation>सर्वर बहुत धीमा है: उत्तर समय पर नहीं आया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="39" />
        <source>The server's certificate could not be verified.</source>
        <translation>सर्वर का प्रमाणपत्र सत्यापित नहीं हो सका।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="40" />
        <source>If the company's network inspects TLS, set its CA file in the environment; otherwise the server may not be who it claims.</source>
        <translation>यदि कंपनी का नेटवर्क TLS की जाँच करता है, तो परिवेश में उसकी CA फ़ाइल सेट करें; अन्यथा हो सकता है सर्वर वह न हो जो वह होने का दावा करता है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="44" />
        <source>The server's certificate has expired.</source>
        <translation>सर्वर का प्रमाणपत्र समाप्त हो चुका है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="45" />
        <source>Its owner must renew it.</source>
        <translation>इसके स्वामी को इसे नवीनीकृत करना होगा।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="46" />
        <source>The server's certificate is for another host name.</source>
        <translation>सर्वर का प्रमाणपत्र किसी दूसरे होस्ट नाम के लिए है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="47" />
        <source>The server's certificate is not trusted by this computer.</source>
        <translation>यह कंप्यूटर सर्वर के प्रमाणपत्र पर भरोसा नहीं करता।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="48" />
        <source>The proxy refused the connection or could not reach the server.</source>
        <translation>प्रॉक्सी ने कनेक्शन अस्वीकार किया या सर्वर तक नहीं पहुँच सका।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="51" />
        <source>Check the proxy settings (HTTPS_PROXY, or the environment's proxy field).</source>
        <translation>प्रॉक्सी सेटिंग्स जाँचें (HTTPS_PROXY, या परिवेश का प्रॉक्सी फ़ील्ड)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>The proxy address must look like http://proxy.example.com:3128 (or 'none').</source>
        <translation>प्रॉक्सी का पता http://proxy.example.com:3128 जैसा होना चाहिए (या 'none')।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="58" />
        <source>SOCKS proxies are not supported: use an HTTP proxy address.</source>
        <translation>SOCKS प्रॉक्सी समर्थित नहीं हैं: HTTP प्रॉक्सी का पता दें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="61" />
        <source>The client ID contains a character that cannot be sent in a header (a control or non-ASCII character at position %1).</source>
        <translation>क्लाइंट ID में ऐसा अक्षर है जिसे हेडर में नहीं भेजा जा सकता (स्थान %1 पर एक नियंत्रण या गैर-ASCII अक्षर)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="65" />
        <source>The client secret contains a character that cannot be sent in a header (a control or non-ASCII character at position %1).</source>
        <translation>क्लाइंट सीक्रेट में ऐसा अक्षर है जिसे हेडर में नहीं भेजा जा सकता (स्थान %1 पर एक नियंत्रण या गैर-ASCII अक्षर)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="69" />
        <source>The user JWT contains a character that cannot be sent in a header (a control or non-ASCII character at position %1).</source>
        <translation>उपयोगकर्ता JWT में ऐसा अक्षर है जिसे हेडर में नहीं भेजा जा सकता (स्थान %1 पर एक नियंत्रण या गैर-ASCII अक्षर)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="73" />
        <source>Copy the client ID again from its source, or type it.</source>
        <translation>क्लाइंट ID उसके स्रोत से फिर से कॉपी करें, या टाइप करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="74" />
        <source>Copy the client secret again from its source, or type it.</source>
        <translation>क्लाइंट सीक्रेट उसके स्रोत से फिर से कॉपी करें, या टाइप करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="75" />
        <source>Copy the user JWT again from its source, or type it.</source>
        <translation>उपयोगकर्ता JWT उसके स्रोत से फिर से कॉपी करें, या टाइप करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="76" />
        <source>The client ID starts or ends with a space or line break.</source>
        <translation>क्लाइंट ID के आरंभ या अंत में स्पेस या नई पंक्ति है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="77" />
        <source>The client secret starts or ends with a space or line break.</source>
        <translation>क्लाइंट सीक्रेट के आरंभ या अंत में स्पेस या नई पंक्ति है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="80" />
        <source>The user JWT starts or ends with a space or line break.</source>
        <translation>उपयोगकर्ता JWT के आरंभ या अंत में स्पेस या नई पंक्ति है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="81" />
        <source>Spaces or line breaks around the client ID were removed.</source>
        <translation>क्लाइंट ID के आसपास के स्पेस या नई पंक्तियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="82" />
        <source>Spaces or line breaks around the client secret were removed.</source>
        <translation>क्लाइंट सीक्रेट के आसपास के स्पेस या नई पंक्तियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="85" />
        <source>Spaces or line breaks around the user JWT were removed.</source>
        <translation>उपयोगकर्ता JWT के आसपास के स्पेस या नई पंक्तियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="86" />
        <source>Try again in a moment.</source>
        <translation>थोड़ी देर में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="87" />
        <source>The server did not accept the connection in time.</source>
        <translation>सर्वर ने समय पर कनेक्शन स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="88" />
        <source>Check the address and the network, then try again.</source>
        <translation>पता और नेटवर्क जाँचें, फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="89" />
        <source>The server refused the request as invalid.</source>
        <translation>सर्वर ने अनुरोध को अमान्य मानकर अस्वीकार किया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="90" />
        <source>The server did not accept the credentials.</source>
        <translation>सर्वर ने क्रेडेंशियल स्वीकार नहीं किए।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="91" />
        <source>Check the environment's client ID, client secret and user JWT.</source>
        <translation>परिवेश का क्लाइंट ID, क्लाइंट सीक्रेट और उपयोगकर्ता JWT जाँचें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="94" />
        <source>The credentials are not allowed to do this.</source>
        <translation>इन क्रेडेंशियल को यह करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="95" />
        <source>The server does not know this address.</source>
        <translation>सर्वर इस पते को नहीं पहचानता।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="96" />
        <source>Check the environment's base URL.</source>
        <translation>परिवेश का बेस URL जाँचें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="97" />
        <source>The server reported a conflict with the current state.</source>
        <translation>सर्वर ने वर्तमान स्थिति से टकराव बताया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="98" />
        <source>The server could not process the data sent.</source>
        <translation>सर्वर भेजा गया डेटा संसाधित नहीं कर सका।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="99" />
        <source>Too many requests.</source>
        <translation>बहुत अधिक अनुरोध।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="100" />
        <source>Wait a moment and try again.</source>
        <translation>थोड़ा रुकें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="101" />
        <source>Wait %1 s and try again.</source>
        <translation>%1 सेकंड रुकें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="102" />
        <source>Wait %1, then try again.</source>
        <translation>%1 रुकें, फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="103" />
        <source>The wait is over: try again.</source>
        <translation>प्रतीक्षा समाप्त: फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="104" />
        <source>Try again later, after %1.</source>
        <translation>बाद में, %1 के बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="105" />
        <source>The server had a problem (HTTP %1).</source>
        <translation>सर्वर में समस्या हुई (HTTP %1)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="106" />
        <source>Try again in a moment; if it persists, report it.</source>
        <translation>थोड़ी देर में फिर से प्रयास करें; समस्या बनी रहे तो रिपोर्ट करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="107" />
        <source>The server answered with HTTP %1.</source>
        <translation>सर्वर ने HTTP %1 के साथ उत्तर दिया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="108" />
        <source>The server sent an answer the app does not understand.</source>
        <translation>सर्वर ने ऐसा उत्तर भेजा जिसे ऐप नहीं समझता।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="109" />
        <source>This is a server problem; the details show what arrived.</source>
        <translation>यह सर्वर की समस्या है; विवरण में दिखता है कि क्या आया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="110" />
        <source>The server accepted the request, but its answer cannot be read, so the code it sent cannot be used here.</source>
        <translation>सर्वर ने अनुरोध स्वीकार कर लिया, लेकिन उसका उत्तर पढ़ा नहीं जा सकता, इसलिए उसका भेजा कोड यहाँ उपयोग नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="115" />
        <source>A code may still arrive by SMS: wait a moment before sending another.</source>
        <translation>कोड फिर भी SMS से आ सकता है: दूसरा भेजने से पहले थोड़ा रुकें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="118" />
        <source>The server accepted the code, but its answer cannot be read.</source>
        <translation>सर्वर ने कोड स्वीकार कर लिया, लेकिन उसका उत्तर पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="121" />
        <source>The number may well be verified: check on the server before verifying again.</source>
        <translation>नंबर शायद सत्यापित हो चुका है: दोबारा सत्यापित करने से पहले सर्वर पर जाँच लें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="125" />
        <source>The server said:</source>
        <translation>सर्वर ने कहा:</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="126" />
        <source>The code was not accepted.</source>
        <translation>कोड स्वीकार नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="127" />
        <source>Check the SMS and type the code again.</source>
        <translation>SMS जाँचें और कोड फिर से टाइप करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="128" />
        <source>This code no longer works after too many wrong tries: send a new code.</source>
        <translation>बहुत अधिक गलत प्रयासों के बाद यह कोड अब काम नहीं करता: नया कोड भेजें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="131" />
        <source>The code has expired: send a new code.</source>
        <translation>कोड की समय-सीमा समाप्त हो गई: नया कोड भेजें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="132" />
        <source>The server holds no code for this number any more: send a new code.</source>
        <translation>सर्वर के पास अब इस नंबर के लिए कोई कोड नहीं है: नया कोड भेजें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="135" />
        <source>Nothing is running.</source>
        <translation>कुछ नहीं चल रहा है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="136" />
        <source>A request is running: wait for it or cancel it.</source>
        <translation>एक अनुरोध चल रहा है: उसकी प्रतीक्षा करें या उसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="137" />
        <source>No code has been sent yet.</source>
        <translation>अभी तक कोई कोड नहीं भेजा गया है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="138" />
        <source>A code was already sent.</source>
        <translation>कोड पहले ही भेजा जा चुका है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="139" />
        <source>Another code can be sent in %1.</source>
        <translation>दूसरा कोड %1 में भेजा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="140" />
        <source>Another code can be sent to this number in %1.</source>
        <translation>इस नंबर पर दूसरा कोड %1 में भेजा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="141" />
        <source>The code can be checked again in %1.</source>
        <translation>कोड %1 में फिर से जाँचा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="142" />
        <source>The code sent to %1 will be abandoned.</source>
        <translation>%1 पर भेजा गया कोड छोड़ दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="144" />
        <source>app closed</source>
        <translation>ऐप बंद किया गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="145" />
        <source>next user</source>
        <translation>अगला उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="146" />
        <source>number changed</source>
        <translation>नंबर बदला गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="147" />
        <source>environment switched</source>
        <translation>परिवेश बदला गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="148" />
        <source>Answer the question about the withdrawal first.</source>
        <translation>पहले निकासी के बारे में प्रश्न का उत्तर दें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="149" />
        <source>The balance has not been read yet.</source>
        <translation>बैलेंस अभी तक पढ़ा नहीं गया है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="150" />
        <source>The earned balance is below the minimum to withdraw.</source>
        <translation>अर्जित बैलेंस निकासी की न्यूनतम राशि से कम है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="151" />
        <source>The confirmed withdrawal is sent once the wallet has been read.</source>
        <translation>पुष्टि की गई निकासी वॉलेट पढ़ लिए जाने के बाद भेजी जाएगी।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="154" />
        <source>The withdrawal was not sent.</source>
        <translation>निकासी नहीं भेजी गई।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="155" />
        <source>The withdrawal was cancelled before it was sent: no money moved.</source>
        <translation>निकासी भेजे जाने से पहले रद्द हो गई: कोई पैसा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="158" />
        <source>The environment is not connected yet.</source>
        <translation>परिवेश अभी जुड़ा नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="159" />
        <source>Wait a moment, then try again.</source>
        <translation>थोड़ा रुकें, फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="160" />
        <source>The environment's base URL is not a valid http:// or https:// address.</source>
        <translation>परिवेश का बेस URL मान्य http:// या https:// पता नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="163" />
        <source>This code starts with 0, which cannot be sent as a number as the API documents.</source>
        <translation>यह कोड 0 से शुरू होता है, जिसे API के दस्तावेज़ के अनुसार संख्या के रूप में नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="167" />
        <source>Set the environment's code format to 'auto' or 'string'.</source>
        <translation>परिवेश का कोड प्रारूप 'auto' या 'string' करें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="169" />
        <source>imported from %1</source>
        <translation>%1 से आयात किया गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="170" />
        <source>authCode starts with 0: sent as a JSON string to keep every digit</source>
        <translation>authCode 0 से शुरू होता है: हर अंक बचाने के लिए JSON स्ट्रिंग के रूप में भेजा गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="173" />
        <source>otp starts with 0: sent as a JSON string to keep every digit</source>
        <translation>otp 0 से शुरू होता है: हर अंक बचाने के लिए JSON स्ट्रिंग के रूप में भेजा गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="176" />
        <source>The withdrawal was cancelled while it was being sent: it may or may not have happened.</source>
        <translation>निकासी भेजते समय रद्द हो गई: हो सकता है वह हुई हो, या न हुई हो।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="180" />
        <source>The balance below was read again; check it before withdrawing again.</source>
        <translation>नीचे का शेष फिर से पढ़ा गया; दोबारा निकासी से पहले इसे जाँचें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="183" />
        <source>No user JWT is set for this environment.</source>
        <translation>इस परिवेश के लिए कोई उपयोगकर्ता JWT सेट नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="184" />
        <source>The user JWT is not a JWT: it must have three parts separated by dots.</source>
        <translation>उपयोगकर्ता JWT मान्य JWT नहीं है: इसमें बिंदुओं से अलग तीन भाग होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="187" />
        <source>The user JWT could not be decoded: check that it was copied whole.</source>
        <translation>उपयोगकर्ता JWT पढ़ा नहीं जा सका: जाँचें कि वह पूरा कॉपी हुआ है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="190" />
        <source>The user JWT's payload is not a JSON object.</source>
        <translation>उपयोगकर्ता JWT का पेलोड JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="191" />
        <source>Plain http:// sends the client secret and the user's token unencrypted.</source>
        <translation>सादा http:// क्लाइंट सीक्रेट और उपयोगकर्ता का टोकन बिना एन्क्रिप्शन के भेजता है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="194" />
        <source>Use https:// for %1, or allow insecure HTTP for this environment.</source>
        <translation>%1 के लिए https:// का उपयोग करें, या इस परिवेश के लिए असुरक्षित HTTP की अनुमति दें।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="197" />
        <source>The history database could not be used (%1).</source>
        <translation>इतिहास डेटाबेस उपयोग नहीं हो सका (%1)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="198" />
        <source>It was moved to %1 and a new, empty history was started.</source>
        <translation>उसे %1 पर हटा दिया गया और एक नया, खाली इतिहास शुरू किया गया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="199" />
        <source>Onboardings are not recorded in this run.</source>
        <translation>इस बार ऑनबोर्डिंग दर्ज नहीं की जाएँगी।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="200" />
        <source>The environments file could not be read (%1).</source>
        <translation>परिवेश फ़ाइल पढ़ी नहीं जा सकी (%1)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="201" />
        <source>It was moved to %1 and the app starts without saved environments.</source>
        <translation>उसे %1 पर हटा दिया गया और ऐप बिना सहेजे गए परिवेशों के शुरू हो रहा है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="204" />
        <source>It could not be moved aside (%1).</source>
        <translation>उसे अलग नहीं हटाया जा सका (%1)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="205" />
        <source>Nothing is saved to %1 in this run.</source>
        <translation>इस बार %1 में कुछ भी सहेजा नहीं जाएगा।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="206" />
        <source>The environments could not be saved (%1).</source>
        <translation>परिवेश सहेजे नहीं जा सके (%1)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="207" />
        <source>The change applies to this run only; it was not written to %1.</source>
        <translation>यह बदलाव केवल इस बार के लिए है; इसे %1 में नहीं लिखा गया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="210" />
        <source>The old environments file holds client secrets that no keyring on this computer could store.</source>
        <translation>पुरानी परिवेश फ़ाइल में क्लाइंट सीक्रेट हैं जिन्हें इस कंप्यूटर की कोई कीरिंग सहेज नहीं सकी।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="215" />
        <source>They are used in this run, and the old file is kept at %1 until they can be stored.</source>
        <translation>इस बार उनका उपयोग हो रहा है, और जब तक वे सहेजे नहीं जा सकते, पुरानी फ़ाइल %1 पर रखी गई है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="219" />
        <source>expires in %1</source>
        <translation>%1 में समाप्त होगा</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="220" />
        <source>expired %1 ago</source>
        <translation>%1 पहले समाप्त हो गया</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="221" />
        <source>never expires</source>
        <translation>कभी समाप्त नहीं होता</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="222" />
        <source>Not replayed: not one of the documented requests.</source>
        <translation>दोबारा नहीं भेजा गया: यह दस्तावेज़ में दिए अनुरोधों में से नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="223" />
        <source>Not replayed: no register or resend for this number came before it.</source>
        <translation>दोबारा नहीं भेजा गया: इससे पहले इस नंबर के लिए कोई register या resend नहीं था।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="226" />
        <source>Not replayed: no code was given.</source>
        <translation>दोबारा नहीं भेजा गया: कोई कोड नहीं दिया गया।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="227" />
        <source>A wrong code, as in the session.</source>
        <translation>गलत कोड, जैसा सत्र में था।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="228" />
        <source>The answer is JSON now.</source>
        <translation>उत्तर अब JSON है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="229" />
        <source>The answer is no longer JSON.</source>
        <translation>उत्तर अब JSON नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="230" />
        <source>Missing field: %1.</source>
        <translation>फ़ील्ड नहीं है: %1।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="231" />
        <source>New field: %1.</source>
        <translation>नया फ़ील्ड: %1।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="232" />
        <source>Type changed: %1.</source>
        <translation>प्रकार बदला: %1।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="233" />
        <source>The file is larger than %1 MiB.</source>
        <translation>फ़ाइल %1 MiB से बड़ी है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="234" />
        <source>The file could not be read (%1).</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी (%1)।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="235" />
        <source>The file is not text (UTF-8).</source>
        <translation>फ़ाइल पाठ (UTF-8) नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="236" />
        <source>The file's JSON is nested too deeply.</source>
        <translation>फ़ाइल का JSON बहुत गहराई तक नेस्टेड है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="237" />
        <source>The file is not JSON.</source>
        <translation>फ़ाइल JSON नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="238" />
        <source>The file holds a number that is not finite or too large.</source>
        <translation>फ़ाइल में ऐसी संख्या है जो सीमित नहीं है या बहुत बड़ी है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="239" />
        <source>The file is not an OTP Desktop environments export.</source>
        <translation>यह फ़ाइल OTP Desktop के परिवेशों का निर्यात नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="240" />
        <source>The file has no list of environments.</source>
        <translation>फ़ाइल में परिवेशों की सूची नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="241" />
        <source>Request %1 of the HAR file has no URL.</source>
        <translation>HAR फ़ाइल के अनुरोध %1 में कोई URL नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="242" />
        <source>The HAR file has no list of requests (log.entries).</source>
        <translation>HAR फ़ाइल में अनुरोधों की सूची (log.entries) नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="243" />
        <source>The file is neither a HAR file nor a Postman collection.</source>
        <translation>यह फ़ाइल न HAR फ़ाइल है न Postman कलेक्शन।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="244" />
        <source>The file holds no requests.</source>
        <translation>फ़ाइल में कोई अनुरोध नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="245" />
        <source>The file holds more than %1 requests.</source>
        <translation>फ़ाइल में %1 से अधिक अनुरोध हैं।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="246" />
        <source>The request %1 has no URL.</source>
        <translation>अनुरोध %1 में कोई URL नहीं है।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="247" />
        <source>The collection's items are not objects.</source>
        <translation>कलेक्शन के आइटम ऑब्जेक्ट नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="256" />
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="257" />
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="258" />
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="259" />
        <source>%1 day</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="260" />
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../onboarding/country_picker.py" line="86" />
        <location filename="../onboarding/country_picker.py" line="89" />
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../onboarding/country_picker.py" line="100" />
        <source>Search by country name or ISO code</source>
        <translation>देश के नाम या दो अक्षरों के देश कोड से खोजें</translation>
    </message>
</context>
<context>
    <name>EnvironmentBar</name>
    <message>
        <location filename="../environments/bar.py" line="21" />
        <location filename="../environments/bar.py" line="26" />
        <source>Environment</source>
        <translation>परिवेश</translation>
    </message>
    <message>
        <location filename="../environments/bar.py" line="23" />
        <source>Envir&amp;onment </source>
        <translation>परिवेश (&amp;O) </translation>
    </message>
    <message>
        <location filename="../environments/bar.py" line="31" />
        <source>Mana&amp;ge…</source>
        <translation>प्रबंधित करें (&amp;G)…</translation>
    </message>
    <message>
        <location filename="../environments/bar.py" line="33" />
        <source>Manage environments</source>
        <translation>परिवेश प्रबंधित करें</translation>
    </message>
</context>
<context>
    <name>EnvironmentForm</name>
    <message>
        <location filename="../environments/form.py" line="39" />
        <source>Client secret</source>
        <translation>क्लाइंट सीक्रेट</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="41" />
        <source>User JWT</source>
        <translation>उपयोगकर्ता JWT</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="46" />
        <source>Managed by the built-in sandbox, which hands these out each time it starts. A copied cURL command needs the secret and the JWT: Show or Copy them.</source>
        <translation>अंतर्निहित सैंडबॉक्स द्वारा प्रबंधित, जो हर बार शुरू होने पर ये देता है। कॉपी किए गए cURL कमांड को सीक्रेट और JWT चाहिए: उन्हें देखें या कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="56" />
        <source>&amp;Production: real users, real SMS</source>
        <translation>प्रोडक्शन: असली उपयोगकर्ता, असली SMS (&amp;P)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="59" />
        <source>Ask before the first send of each onboarding</source>
        <translation>हर ऑनबोर्डिंग में पहली बार भेजने से पहले पूछें</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="62" />
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS प्रमाणपत्र जाँचें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="64" />
        <source>⚠ Without verification anyone on the network can read the secrets.</source>
        <translation>⚠ जाँच के बिना नेटवर्क पर कोई भी सीक्रेट पढ़ सकता है।</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="68" />
        <source>Allow plain http:// to a non-local host</source>
        <translation>गैर-स्थानीय होस्ट के लिए सादा http:// अनुमति दें</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="78" />
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="79" />
        <source>&amp;Base URL</source>
        <translation>बेस URL (&amp;B)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="80" />
        <source>Client &amp;ID</source>
        <translation>क्लाइंट ID (&amp;I)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="81" />
        <source>Client s&amp;ecret</source>
        <translation>क्लाइंट सीक्रेट (&amp;E)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="82" />
        <source>User &amp;JWT</source>
        <translation>उपयोगकर्ता JWT (&amp;J)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="114" />
        <source>auto: number, or string for a leading 0</source>
        <translation>स्वतः: संख्या, या शुरुआती 0 होने पर स्ट्रिंग</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="115" />
        <source>number, as documented (refuse a leading 0)</source>
        <translation>संख्या, दस्तावेज़ के अनुसार (शुरुआती 0 अस्वीकार)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="116" />
        <source>string of digits</source>
        <translation>अंकों की स्ट्रिंग</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="120" />
        <source>system trust store</source>
        <translation>सिस्टम ट्रस्ट स्टोर</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="122" />
        <source>system settings; none for a direct connection</source>
        <translation>सिस्टम सेटिंग्स; सीधे कनेक्शन के लिए “none”</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="125" />
        <source>&amp;Connect timeout</source>
        <translation>कनेक्ट टाइमआउट (&amp;C)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="126" />
        <source>&amp;Read timeout</source>
        <translation>रीड टाइमआउट (&amp;R)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="127" />
        <source>&amp;Write timeout</source>
        <translation>राइट टाइमआउट (&amp;W)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="128" />
        <source>&amp;Total time per request</source>
        <translation>प्रति अनुरोध कुल समय (&amp;T)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="129" />
        <source>C&amp;ode format</source>
        <translation>कोड प्रारूप (&amp;O)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="130" />
        <source>CA &amp;file</source>
        <translation>CA फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="131" />
        <source>Prox&amp;y</source>
        <translation>प्रॉक्सी (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="221" />
        <source>%1 (embedded, started by the app)</source>
        <translation>%1 (अंतर्निहित, ऐप द्वारा शुरू)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="222" />
        <source>(embedded, started by the app)</source>
        <translation>(अंतर्निहित, ऐप द्वारा शुरू)</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="259" />
        <source>Give the environment a name.</source>
        <translation>परिवेश को एक नाम दें।</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="281" />
        <source>The sandbox shows its credentials here while it is the active environment.</source>
        <translation>सैंडबॉक्स जब सक्रिय परिवेश होता है, तब अपने क्रेडेंशियल यहाँ दिखाता है।</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="285" />
        <source>No user JWT.</source>
        <translation>कोई उपयोगकर्ता JWT नहीं।</translation>
    </message>
    <message>
        <location filename="../environments/form.py" line="290" />
        <source>User %1 · client “%2” · wallet %3 · %4</source>
        <translation>उपयोगकर्ता %1 · क्लाइंट “%2” · वॉलेट %3 · %4</translation>
    </message>
</context>
<context>
    <name>EnvironmentsDialog</name>
    <message>
        <location filename="../environments/dialog.py" line="46" />
        <location filename="../environments/dialog.py" line="54" />
        <source>Environments</source>
        <translation>परिवेश</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="62" />
        <source>No keyring is available on this computer: client secrets and JWTs are kept in memory for this run only and must be entered again next time.</source>
        <translation>इस कंप्यूटर पर कोई कीरिंग उपलब्ध नहीं है: क्लाइंट सीक्रेट और JWT केवल इस बार के लिए मेमोरी में रखे जाते हैं और अगली बार फिर से दर्ज करने होंगे।</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="69" />
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="71" />
        <source>D&amp;uplicate</source>
        <translation>प्रतिलिपि बनाएँ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="74" />
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="77" />
        <source>I&amp;mport…</source>
        <translation>आयात करें (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="78" />
        <source>E&amp;xport…</source>
        <translation>निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="88" />
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="89" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="133" />
        <source>  (built in)</source>
        <translation>  (अंतर्निहित)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="169" />
        <source>Two environments have the same name.</source>
        <translation>दो परिवेशों का नाम एक ही है।</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="186" />
        <source>New environment</source>
        <translation>नया परिवेश</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="226" />
        <source>Export environments (no secrets)</source>
        <translation>परिवेश निर्यात करें (बिना सीक्रेट)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="227" />
        <location filename="../environments/dialog.py" line="250" />
        <source>Environments (*.json)</source>
        <translation>परिवेश (*.json)</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="238" />
        <source>Could not export: %1</source>
        <translation>निर्यात नहीं हो सका: %1</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="242" />
        <source>Exported %1 environments (without secrets).</source>
        <translation>%1 परिवेश निर्यात किए गए (बिना सीक्रेट)।</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="248" />
        <source>Import environments</source>
        <translation>परिवेश आयात करें</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="290" />
        <source>Overwrite environments?</source>
        <translation>परिवेश अधिलेखित करें?</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="292" />
        <source>These environments exist already: %1. Overwrite their settings with the imported ones? Their secrets are kept.</source>
        <translation>ये परिवेश पहले से मौजूद हैं: %1। क्या उनकी सेटिंग्स आयातित सेटिंग्स से बदल दें? उनके सीक्रेट बने रहेंगे।</translation>
    </message>
    <message>
        <location filename="../environments/dialog.py" line="296" />
        <source>Overwrite</source>
        <translation>अधिलेखित करें</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../widgets/error_panel.py" line="45" />
        <source>Error message</source>
        <translation>त्रुटि संदेश</translation>
    </message>
    <message>
        <location filename="../widgets/error_panel.py" line="48" />
        <source>&amp;Details</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/error_panel.py" line="50" />
        <source>Show error details</source>
        <translation>त्रुटि का विवरण दिखाएँ</translation>
    </message>
    <message>
        <location filename="../widgets/error_panel.py" line="51" />
        <source>Retr&amp;y</source>
        <translation>फिर से प्रयास करें (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../widgets/error_panel.py" line="53" />
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <location filename="../widgets/error_panel.py" line="56" />
        <source>Error details</source>
        <translation>त्रुटि का विवरण</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location filename="../qa/exchange_view.py" line="74" />
        <source>Request headers and body</source>
        <translation>अनुरोध के हेडर और बॉडी</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="75" />
        <source>Response headers and body</source>
        <translation>उत्तर के हेडर और बॉडी</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="78" />
        <source>Exchange details</source>
        <translation>अनुरोध-उत्तर का विवरण</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="83" />
        <source>Exchange</source>
        <translation>आदान-प्रदान</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="84" />
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="85" />
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="86" />
        <source>Raw</source>
        <translation>कच्चा पाठ</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="95" />
        <source>Select a request to see its headers and bodies.</source>
        <translation>हेडर और बॉडी देखने के लिए कोई अनुरोध चुनें।</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="106" />
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
</context>
<context>
    <name>FaultsTab</name>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="40" />
        <source>Fault kind</source>
        <translation>त्रुटि का प्रकार</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="41" />
        <location filename="../qa/sandbox_faults_tab.py" line="72" />
        <source>Endpoint</source>
        <translation>एंडपॉइंट</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="43" />
        <source>How many calls</source>
        <translation>कितने कॉल</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="46" />
        <location filename="../qa/sandbox_faults_tab.py" line="134" />
        <source>until cleared</source>
        <translation>हटाए जाने तक</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="47" />
        <source>HTTP status</source>
        <translation>HTTP स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="50" />
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="53" />
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="54" />
        <location filename="../qa/sandbox_faults_tab.py" line="76" />
        <source>Latency (ms)</source>
        <translation>विलंब (ms)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="57" />
        <source>Active faults</source>
        <translation>सक्रिय त्रुटियाँ</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="63" />
        <source>Add fault</source>
        <translation>त्रुटि जोड़ें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="65" />
        <source>Clear faults</source>
        <translation>त्रुटियाँ हटाएँ</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="71" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="73" />
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="74" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="75" />
        <source>Retry-After (s)</source>
        <translation>Retry-After (s)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="136" />
        <source>1 call</source>
        <translation>1 कॉल</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_faults_tab.py" line="138" />
        <source>%1 calls</source>
        <translation>%1 कॉल</translation>
    </message>
</context>
<context>
    <name>FileNoticeBar</name>
    <message>
        <location filename="../shell/file_notices.py" line="22" />
        <source>Notice about the app's files</source>
        <translation>ऐप की फ़ाइलों के बारे में सूचना</translation>
    </message>
    <message>
        <location filename="../shell/file_notices.py" line="27" />
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../qa/history_dock.py" line="59" />
        <location filename="../qa/history_dock.py" line="61" />
        <source>Onboarding history</source>
        <translation>ऑनबोर्डिंग इतिहास</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="71" />
        <source>Search number, environment, outcome, reason</source>
        <translation>नंबर, परिवेश, परिणाम, कारण खोजें</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="72" />
        <source>Search the history</source>
        <translation>इतिहास खोजें</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="77" />
        <source>From date</source>
        <translation>प्रारंभ तिथि</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="80" />
        <source>To date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="84" />
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="86" />
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="89" />
        <source>Keep history for days</source>
        <translation>इतिहास कितने दिन रखें</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="91" />
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="106" />
        <source>Onboardings</source>
        <translation>ऑनबोर्डिंग</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="118" />
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="120" />
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="124" />
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="181" />
        <source>1 onboarding</source>
        <translation>1 ऑनबोर्डिंग</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="183" />
        <source>%1 onboardings</source>
        <translation>%1 ऑनबोर्डिंग</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="188" />
        <source>Export history</source>
        <translation>इतिहास निर्यात करें</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="188" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="195" />
        <source>Could not export: %1</source>
        <translation>निर्यात नहीं हो सका: %1</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="198" />
        <source>Exported %1 onboardings to %2</source>
        <translation>%1 ऑनबोर्डिंग %2 में निर्यात की गईं</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../qa/shift_summary_view.py" line="21" />
        <source>Onboardings per hour today</source>
        <translation>आज प्रति घंटे ऑनबोर्डिंग</translation>
    </message>
    <message>
        <location filename="../qa/shift_summary_view.py" line="29" />
        <source>No onboardings yet today</source>
        <translation>आज अभी तक कोई ऑनबोर्डिंग नहीं</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="44" />
        <source>Codes sent</source>
        <translation>भेजे गए कोड</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="45" />
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="45" />
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="45" />
        <source>authCode</source>
        <translation>authCode</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="45" />
        <source>Expires in</source>
        <translation>समाप्ति में</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="50" />
        <source>&amp;Use this code</source>
        <translation>यह कोड उपयोग करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="50" />
        <source>Use this code</source>
        <translation>यह कोड उपयोग करें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="87" />
        <source>Sent at %1</source>
        <translation>%1 पर भेजा गया</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../qa/inspector_dock.py" line="50" />
        <location filename="../qa/inspector_dock.py" line="52" />
        <source>Request inspector</source>
        <translation>अनुरोध निरीक्षक</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="67" />
        <source>Filter: path, method, status, body text</source>
        <translation>फ़िल्टर: पथ, मेथड, स्थिति, बॉडी का पाठ</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="68" />
        <source>Filter requests</source>
        <translation>अनुरोध फ़िल्टर करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="72" />
        <source>Status class</source>
        <translation>स्थिति वर्ग</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="75" />
        <location filename="../qa/inspector_dock.py" line="77" />
        <source>Reveal secrets</source>
        <translation>सीक्रेट दिखाएँ</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="78" />
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="83" />
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="98" />
        <source>Copy as cURL</source>
        <translation>cURL के रूप में कॉपी करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="100" />
        <source>Copy report</source>
        <translation>रिपोर्ट कॉपी करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="102" />
        <source>Export HAR…</source>
        <translation>HAR निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="104" />
        <source>Export Postman…</source>
        <translation>Postman निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="107" />
        <source>The selected requests (or all) as a Postman collection that newman runs</source>
        <translation>चुने गए अनुरोध (या सभी) Postman कलेक्शन के रूप में, जिसे newman चलाता है</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="110" />
        <source>Replay on…</source>
        <translation>फिर से भेजें…</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="113" />
        <source>Send the selected requests again, on an environment</source>
        <translation>चुने गए अनुरोध किसी परिवेश पर फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="116" />
        <source>Open file…</source>
        <translation>फ़ाइल खोलें…</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="118" />
        <source>Open a HAR file or a Postman collection here</source>
        <translation>यहाँ HAR फ़ाइल या Postman कलेक्शन खोलें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="119" />
        <source>include secrets</source>
        <translation>सीक्रेट शामिल करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="121" />
        <source>Include secrets in the HAR file</source>
        <translation>HAR फ़ाइल में सीक्रेट शामिल करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="240" />
        <source>cURL copied.</source>
        <translation>cURL कॉपी हो गया।</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="243" />
        <source>cURL copied: export OTP_CLIENT_SECRET, OTP_USER_JWT (and OTP_CODE) first.</source>
        <translation>cURL कॉपी हो गया: पहले OTP_CLIENT_SECRET, OTP_USER_JWT (और OTP_CODE) export करें।</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="251" />
        <source>Report copied.</source>
        <translation>रिपोर्ट कॉपी हो गई।</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="255" />
        <source>Export HAR</source>
        <translation>HAR निर्यात करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="255" />
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP आर्काइव (*.har)</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="264" />
        <source>Include secrets?</source>
        <translation>सीक्रेट शामिल करें?</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="266" />
        <source>The HAR file will contain the client secret, the user's JWT and the codes in clear. Anyone who gets the file can act as this partner. Include them?</source>
        <translation>HAR फ़ाइल में क्लाइंट सीक्रेट, उपयोगकर्ता का JWT और कोड खुले रूप में होंगे। जिसे भी यह फ़ाइल मिलेगी वह इस पार्टनर की तरह काम कर सकता है। क्या इन्हें शामिल करें?</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="270" />
        <source>Include secrets</source>
        <translation>सीक्रेट शामिल करें</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="281" />
        <source>Could not write the HAR file: %1</source>
        <translation>HAR फ़ाइल नहीं लिखी जा सकी: %1</translation>
    </message>
    <message>
        <location filename="../qa/inspector_dock.py" line="285" />
        <source>Exported %1 requests to %2</source>
        <translation>%1 अनुरोध %2 में निर्यात किए गए</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="45" />
        <source>Requests the sandbox received</source>
        <translation>सैंडबॉक्स को मिले अनुरोध</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="46" />
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="46" />
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="46" />
        <source>Path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="46" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="50" />
        <source>Request body, secrets masked</source>
        <translation>अनुरोध का मुख्य भाग, गोपनीय मान छिपे हुए</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="52" />
        <source>Clear journal</source>
        <translation>अनुरोध लॉग साफ़ करें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="61" />
        <source>Codes and secrets are masked by the sandbox.</source>
        <translation>कोड और गोपनीय मान सैंडबॉक्स द्वारा छिपाए जाते हैं।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_journal_tab.py" line="152" />
        <source>(no body)</source>
        <translation>(कोई मुख्य भाग नहीं)</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <location filename="../widgets/json_view.py" line="63" />
        <source>… (%1 more characters: the whole answer is in the request inspector)</source>
        <translation>… (%1 और अक्षर: पूरा उत्तर अनुरोध निरीक्षक में है)</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <location filename="../qa/sandbox_numbers_tab.py" line="20" />
        <source>Test numbers</source>
        <translation>परीक्षण नंबर</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_numbers_tab.py" line="23" />
        <source>&amp;Use this number</source>
        <translation>यह नंबर उपयोग करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_numbers_tab.py" line="25" />
        <source>Use this number</source>
        <translation>यह नंबर उपयोग करें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_numbers_tab.py" line="29" />
        <source>Fixed codes, no real SMS; the rules still apply.</source>
        <translation>निश्चित कोड, कोई असली SMS नहीं; नियम फिर भी लागू होते हैं।</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <location filename="../onboarding/view.py" line="30" />
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="88" />
        <source>Send the code?</source>
        <translation>कोड भेजें?</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="91" />
        <source>Send code</source>
        <translation>कोड भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="146" />
        <source>Cancelled. If the request had already reached the server, a code may still arrive.</source>
        <translation>रद्द किया गया। यदि अनुरोध सर्वर तक पहुँच चुका था, तो कोड फिर भी आ सकता है।</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="149" />
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="163" />
        <source>Abandon this code?</source>
        <translation>यह कोड छोड़ दें?</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="166" />
        <source>Change number</source>
        <translation>नंबर बदलें</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="276" />
        <source>Sending the code…</source>
        <translation>कोड भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="277" />
        <source>Sending a new code…</source>
        <translation>नया कोड भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="278" />
        <source>Checking the code…</source>
        <translation>कोड जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="294" />
        <source>1 Phone number</source>
        <translation>1 फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="295" />
        <source>2 Code</source>
        <translation>2 कोड</translation>
    </message>
    <message>
        <location filename="../onboarding/view.py" line="296" />
        <source>3 Done</source>
        <translation>3 पूर्ण</translation>
    </message>
</context>
<context>
    <name>OtpInput</name>
    <message>
        <location filename="../onboarding/otp_input.py" line="47" />
        <source>Verification code</source>
        <translation>सत्यापन कोड</translation>
    </message>
    <message>
        <location filename="../onboarding/otp_input.py" line="92" />
        <source>%1 of %2 digits entered</source>
        <translation>%2 में से %1 अंक दर्ज</translation>
    </message>
    <message>
        <location filename="../onboarding/otp_input.py" line="98" />
        <source>digit %1 of %2 next</source>
        <translation>अगला अंक: %2 में से %1</translation>
    </message>
    <message>
        <location filename="../onboarding/otp_input.py" line="133" />
        <source>&amp;Paste code</source>
        <translation>कोड पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <location filename="../onboarding/otp_input.py" line="135" />
        <source>&amp;Clear</source>
        <translation>साफ़ करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../onboarding/phone_input.py" line="33" />
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_input.py" line="62" />
        <source>e.g. %1</source>
        <translation>उदा. %1</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../onboarding/phone_page.py" line="41" />
        <source>Who are we onboarding?</source>
        <translation>हम किसे ऑनबोर्ड कर रहे हैं?</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="43" />
        <source>Enter the user's mobile number. A one-time code goes to it by SMS.</source>
        <translation>उपयोगकर्ता का मोबाइल नंबर दर्ज करें। उस पर SMS से एक बार का कोड जाएगा।</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="51" />
        <source>Phone number check</source>
        <translation>फ़ोन नंबर की जाँच</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="54" />
        <source>&amp;Country</source>
        <translation>देश (&amp;C)</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="56" />
        <source>&amp;Phone number</source>
        <translation>फ़ोन नंबर (&amp;P)</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="64" />
        <location filename="../onboarding/phone_page.py" line="142" />
        <source>&amp;Send code</source>
        <translation>कोड भेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="66" />
        <source>Send code</source>
        <translation>कोड भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="138" />
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="140" />
        <source>Send code in %1</source>
        <translation>%1 में कोड भेजें</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="161" />
        <source>The code will go to %1</source>
        <translation>कोड %1 पर जाएगा</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="165" />
        <source>Too short for a mobile number in %1.</source>
        <translation>%1 के मोबाइल नंबर के लिए बहुत छोटा है।</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="166" />
        <source>Too long for a mobile number in %1.</source>
        <translation>%1 के मोबाइल नंबर के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="168" />
        <source>Not a valid number in %1: check the digits or the country.</source>
        <translation>%1 में मान्य नंबर नहीं है: अंक या देश जाँचें।</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="171" />
        <source>Not a mobile number in %1: the code is sent by SMS, so use a mobile number.</source>
        <translation>%1 में यह मोबाइल नंबर नहीं है: कोड SMS से जाता है, इसलिए मोबाइल नंबर दें।</translation>
    </message>
    <message>
        <location filename="../onboarding/phone_page.py" line="173" />
        <source>Choose a country first.</source>
        <translation>पहले देश चुनें।</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <location filename="../qa/replay_dialog.py" line="39" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="40" />
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="41" />
        <source>Old status</source>
        <translation>पुरानी स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="42" />
        <source>New status</source>
        <translation>नई स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="43" />
        <source>Old time</source>
        <translation>पुराना समय</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="44" />
        <source>New time</source>
        <translation>नया समय</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="45" />
        <source>Differences</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="60" />
        <source>Replay on an environment</source>
        <translation>किसी परिवेश पर फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="68" />
        <source>Environment to replay on</source>
        <translation>फिर से भेजने का परिवेश</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="75" />
        <source>These %1 requests are sent again, in order, to the environment below; %2 of them are POSTs (register and resend send a real SMS). Check the list, then press Replay.</source>
        <translation>ये %1 अनुरोध क्रम से नीचे दिए परिवेश पर फिर से भेजे जाएँगे; इनमें से %2 POST हैं (register और resend असली SMS भेजते हैं)। सूची जाँचें, फिर 'फिर से भेजें' दबाएँ।</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="90" />
        <source>&amp;Replay %1 requests</source>
        <translation>%1 अनुरोध फिर से भेजें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="95" />
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="99" />
        <source>&amp;Environment</source>
        <translation>परिवेश (&amp;E)</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="117" />
        <source>Requests to replay, old and new answers</source>
        <translation>फिर से भेजे जाने वाले अनुरोध, पुराने और नए उत्तर</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="137" />
        <source>Code for the replayed verify</source>
        <translation>फिर से भेजे गए verify का कोड</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="139" />
        <source>&amp;Use code</source>
        <translation>कोड इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="141" />
        <source>S&amp;kip</source>
        <translation>छोड़ें (&amp;K)</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="173" />
        <source>Replay on production?</source>
        <translation>प्रोडक्शन पर फिर से भेजें?</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="175" />
        <source>%1 is a production environment: the replay sends real SMS to real users and may move real money. Replay these requests there?</source>
        <translation>%1 एक प्रोडक्शन परिवेश है: फिर से भेजने पर असली उपयोगकर्ताओं को असली SMS जाएँगे और असली पैसा हिल सकता है। क्या ये अनुरोध वहाँ फिर से भेजें?</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="179" />
        <source>Replay on production</source>
        <translation>प्रोडक्शन पर फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="188" />
        <source>Replaying on %1…</source>
        <translation>%1 पर फिर से भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="198" />
        <source>Could not connect to %1: %2</source>
        <translation>%1 से कनेक्ट नहीं हो सका: %2</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="211" />
        <source>Replayed on %1: %2 of %3 requests answered with the same status.</source>
        <translation>%1 पर फिर से भेजा गया: %3 में से %2 अनुरोधों का उत्तर उसी स्थिति के साथ आया।</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="225" />
        <source>Status %1 → %2.</source>
        <translation>स्थिति %1 → %2।</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="230" />
        <source>Same status and shape.</source>
        <translation>वही स्थिति और वही ढाँचा।</translation>
    </message>
    <message>
        <location filename="../qa/replay_dialog.py" line="238" />
        <source>The replayed verify needs the code sent by SMS to %1. Type it and press Use code, or Skip to leave this verify out.</source>
        <translation>फिर से भेजे गए verify को %1 पर SMS से भेजा गया कोड चाहिए। उसे टाइप करके 'कोड इस्तेमाल करें' दबाएँ, या इस verify को छोड़ने के लिए 'छोड़ें' दबाएँ।</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../onboarding/result_page.py" line="60" />
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="67" />
        <source>The server's message</source>
        <translation>सर्वर का संदेश</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="71" />
        <source>Summary for the ticket</source>
        <translation>टिकट के लिए सारांश</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="77" />
        <source>&amp;Copy summary</source>
        <translation>सारांश कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="79" />
        <source>Copy summary for the ticket</source>
        <translation>टिकट के लिए सारांश कॉपी करें</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="87" />
        <source>&amp;Next user</source>
        <translation>अगला उपयोगकर्ता (&amp;N)</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="89" />
        <source>Next user</source>
        <translation>अगला उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="90" />
        <source>Start the next onboarding (Ctrl+N)</source>
        <translation>अगली ऑनबोर्डिंग शुरू करें (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="92" />
        <source>Open &amp;wallet</source>
        <translation>वॉलेट खोलें (&amp;W)</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="94" />
        <source>Open the user's wallet</source>
        <translation>उपयोगकर्ता का वॉलेट खोलें</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="125" />
        <source>%1 is verified.</source>
        <translation>%1 सत्यापित है।</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="127" />
        <source>The phone number is verified.</source>
        <translation>फ़ोन नंबर सत्यापित है।</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="130" />
        <source>The server said: “%1”</source>
        <translation>सर्वर ने कहा: “%1”</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="139" />
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../qa/sandbox_rules_tab.py" line="41" />
        <source>Apply r&amp;ules</source>
        <translation>नियम लागू करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_rules_tab.py" line="41" />
        <source>Apply rules</source>
        <translation>नियम लागू करें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_rules_tab.py" line="45" />
        <source>Reset sandbox…</source>
        <translation>सैंडबॉक्स रीसेट करें…</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_rules_tab.py" line="45" />
        <source>Reset sandbox</source>
        <translation>सैंडबॉक्स रीसेट करें</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <location filename="../qa/sandbox_panel.py" line="43" />
        <source>Sandbox</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="45" />
        <source>Sandbox panel</source>
        <translation>सैंडबॉक्स पैनल</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="72" />
        <source>Sandbox panel sections</source>
        <translation>सैंडबॉक्स पैनल के भाग</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="73" />
        <source>Inbox</source>
        <translation>इनबॉक्स</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="74" />
        <source>Faults</source>
        <translation>त्रुटियाँ</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="75" />
        <source>Rules</source>
        <translation>नियम</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="76" />
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="77" />
        <source>Journal</source>
        <translation>अनुरोध लॉग</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="78" />
        <source>Test numbers</source>
        <translation>परीक्षण नंबर</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="202" />
        <source>Fault added: it applies to the next calls at once.</source>
        <translation>त्रुटि जोड़ी गई: यह तुरंत अगले कॉल पर लागू होगी।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="210" />
        <source>Faults cleared.</source>
        <translation>त्रुटियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="219" />
        <source>Rules applied.</source>
        <translation>नियम लागू हो गए।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="226" />
        <source>Reset the sandbox?</source>
        <translation>सैंडबॉक्स रीसेट करें?</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="228" />
        <source>Every code sent, every wallet and every fault is forgotten (the rules stay). An onboarding in progress on the sandbox will need a new code.</source>
        <translation>भेजा गया हर कोड, हर वॉलेट और हर फ़ॉल्ट भुला दिया जाएगा (नियम बने रहेंगे)। सैंडबॉक्स पर चल रहे ऑनबोर्डिंग को नए कोड की ज़रूरत होगी।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="232" />
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="240" />
        <source>Sandbox reset: codes, wallets and faults forgotten.</source>
        <translation>सैंडबॉक्स रीसेट: कोड, वॉलेट और त्रुटियाँ भुला दी गईं।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="248" />
        <source>Balances of %1 set.</source>
        <translation>%1 के बैलेंस सेट हो गए।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="255" />
        <source>Forget this user?</source>
        <translation>इस उपयोगकर्ता को भूलें?</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="257" />
        <source>The sandbox forgets %1: its wallet, and its numbers' codes, waits and verification (each number is new again).</source>
        <translation>सैंडबॉक्स %1 को भूल जाएगा: उसका वॉलेट, और उसके नंबरों के कोड, प्रतीक्षा और सत्यापन (हर नंबर फिर से नया होगा)।</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="261" />
        <source>Forget</source>
        <translation>भूलें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_panel.py" line="268" />
        <source>%1 forgotten.</source>
        <translation>%1 भुला दिया गया।</translation>
    </message>
</context>
<context>
    <name>SendGuard</name>
    <message>
        <location filename="../onboarding/send_guard.py" line="20" />
        <source>Nothing was sent: %1 Fix it in Environments (Ctrl+E).</source>
        <translation>कुछ नहीं भेजा गया: %1 इसे परिवेश (Ctrl+E) में ठीक करें।</translation>
    </message>
    <message>
        <location filename="../onboarding/send_guard.py" line="26" />
        <source>The user JWT %1; the server will probably refuse it.</source>
        <translation>उपयोगकर्ता JWT: %1; सर्वर शायद इसे अस्वीकार करेगा।</translation>
    </message>
    <message>
        <location filename="../onboarding/send_guard.py" line="32" />
        <source>%1 is a PRODUCTION environment: the user receives a real SMS.</source>
        <translation>%1 एक प्रोडक्शन परिवेश है: उपयोगकर्ता को असली SMS मिलेगा।</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../qa/session_actions.py" line="62" />
        <source>Nothing to export yet: no request was made.</source>
        <translation>अभी निर्यात करने को कुछ नहीं है: कोई अनुरोध नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="66" />
        <source>Export Postman collection</source>
        <translation>Postman कलेक्शन निर्यात करें</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="67" />
        <source>Postman collection (*.postman_collection.json)</source>
        <translation>Postman कलेक्शन (*.postman_collection.json)</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="81" />
        <source>Could not write the collection: %1</source>
        <translation>कलेक्शन लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="85" />
        <source>Exported %1 requests to %2, variables in %3 (no secret values).</source>
        <translation>%1 अनुरोध %2 में निर्यात किए गए, वेरिएबल %3 में (कोई सीक्रेट मान नहीं)।</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="94" />
        <source>Open a HAR file or a Postman collection</source>
        <translation>HAR फ़ाइल या Postman कलेक्शन खोलें</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="97" />
        <source>HAR or Postman collection (*.har *.json)</source>
        <translation>HAR या Postman कलेक्शन (*.har *.json)</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="107" />
        <source>%1 could not be opened: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="112" />
        <source>Cannot open file</source>
        <translation>फ़ाइल नहीं खुल सकती</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="120" />
        <source>Opened %1 requests from %2 (imported, read-only).</source>
        <translation>%2 से %1 अनुरोध खोले गए (आयातित, केवल पढ़ने के लिए)।</translation>
    </message>
    <message>
        <location filename="../qa/session_actions.py" line="130" />
        <source>Select the requests to replay first.</source>
        <translation>पहले फिर से भेजने के लिए अनुरोध चुनें।</translation>
    </message>
</context>
<context>
    <name>ShiftSummaryView</name>
    <message>
        <location filename="../qa/shift_summary_view.py" line="61" />
        <source>Today's totals</source>
        <translation>आज का योग</translation>
    </message>
    <message>
        <location filename="../qa/shift_summary_view.py" line="71" />
        <source>Today: %1 verified · %2 failed · %3 abandoned</source>
        <translation>आज: %1 सत्यापित · %2 विफल · %3 छोड़े गए</translation>
    </message>
    <message>
        <location filename="../qa/shift_summary_view.py" line="77" />
        <source>Median time to verify: %1 s</source>
        <translation>सत्यापन में लगे समय की माध्यिका: %1 सेकंड</translation>
    </message>
</context>
<context>
    <name>SuccessMark</name>
    <message>
        <location filename="../onboarding/success_mark.py" line="23" />
        <source>Success</source>
        <translation>सफल</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../qa/exchange_model.py" line="25" />
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="26" />
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="27" />
        <source>Path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="28" />
        <location filename="../wallet/transactions_model.py" line="25" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="29" />
        <location filename="../qa/history_dock.py" line="52" />
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="30" />
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="31" />
        <location filename="../qa/history_dock.py" line="47" />
        <source>Environment</source>
        <translation>परिवेश</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="34" />
        <source>all</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../qa/exchange_model.py" line="39" />
        <location filename="../qa/history_dock.py" line="40" />
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="30" />
        <source>Header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <location filename="../qa/exchange_view.py" line="30" />
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="39" />
        <source>verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="41" />
        <source>abandoned</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="42" />
        <source>in progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="46" />
        <source>Started</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="48" />
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="49" />
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="50" />
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="51" />
        <source>Resends</source>
        <translation>दोबारा भेजे</translation>
    </message>
    <message>
        <location filename="../qa/history_dock.py" line="53" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="10" />
        <source>HTTP status</source>
        <translation>HTTP स्थिति</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="11" />
        <source>Slow answer</source>
        <translation>धीमा उत्तर</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="12" />
        <source>Malformed JSON</source>
        <translation>बिगड़ा हुआ JSON</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="13" />
        <source>HTML page instead of JSON</source>
        <translation>JSON की जगह HTML पेज</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="14" />
        <source>Empty body</source>
        <translation>खाली बॉडी</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="15" />
        <source>Connection dropped</source>
        <translation>कनेक्शन टूटा</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="16" />
        <source>Dropped in the middle of the body</source>
        <translation>बॉडी के बीच में कनेक्शन टूटा</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="17" />
        <source>No answer at all</source>
        <translation>कोई उत्तर नहीं</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="18" />
        <source>JSON of the wrong shape</source>
        <translation>गलत ढाँचे वाला JSON</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="19" />
        <source>Oversized body</source>
        <translation>बहुत बड़ी बॉडी</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="20" />
        <source>Body not in UTF-8</source>
        <translation>बॉडी UTF-8 में नहीं</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="21" />
        <source>Body trickled byte by byte</source>
        <translation>बॉडी बाइट-दर-बाइट धीरे-धीरे</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="25" />
        <source>any endpoint</source>
        <translation>कोई भी एंडपॉइंट</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="27" />
        <source>Resend cooldown (s)</source>
        <translation>दोबारा भेजने का अंतराल (सेकंड)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="28" />
        <source>Code lifetime (s)</source>
        <translation>कोड की अवधि (सेकंड)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="29" />
        <source>Wrong tries allowed</source>
        <translation>अनुमत गलत प्रयास</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="30" />
        <source>Sends per window</source>
        <translation>प्रति अवधि भेजे जा सकने वाले कोड</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="31" />
        <source>Send window (s)</source>
        <translation>भेजने की अवधि (सेकंड)</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_controls.py" line="32" />
        <location filename="../wallet/view.py" line="44" />
        <source>Minimum to withdraw</source>
        <translation>निकासी के लिए न्यूनतम</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="27" />
        <source>✓ used</source>
        <translation>✓ उपयोग हो चुका</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="28" />
        <source>burnt: too many wrong tries</source>
        <translation>रद्द: बहुत सारे गलत प्रयास</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="29" />
        <source>replaced by a newer code</source>
        <translation>नए कोड से बदला गया</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_inbox_tab.py" line="30" />
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location filename="../wallet/transactions_model.py" line="22" />
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../wallet/transactions_model.py" line="23" />
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location filename="../wallet/transactions_model.py" line="24" />
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../wallet/transactions_model.py" line="26" />
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../wallet/transactions_model.py" line="27" />
        <source>To</source>
        <translation>को</translation>
    </message>
    <message>
        <location filename="../wallet/transactions_model.py" line="28" />
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="39" />
        <source>Earned</source>
        <translation>अर्जित</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="40" />
        <source>Bought</source>
        <translation>खरीदा</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="41" />
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="42" />
        <source>Lazy</source>
        <translation>लेज़ी</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="43" />
        <source>On chain</source>
        <translation>ऑन-चेन</translation>
    </message>
    <message>
        <location filename="../widgets/secret_field.py" line="31" />
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../widgets/secret_field.py" line="32" />
        <source>Show %1</source>
        <translation>%1 दिखाएँ</translation>
    </message>
    <message>
        <location filename="../widgets/secret_field.py" line="38" />
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../widgets/secret_field.py" line="39" />
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <location filename="../onboarding/result_page.py" line="18" />
        <source>OTP onboarding %1: %2 on %3 at %4, %5 s, resends: %6</source>
        <translation>OTP ऑनबोर्डिंग %1: %2, %3 पर, %4 बजे, %5 सेकंड, दोबारा भेजे गए: %6</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="19" />
        <source>OTP onboarding %1: %2 on %3 at %4, resends: %5</source>
        <translation>OTP ऑनबोर्डिंग %1: %2, %3 पर, %4 बजे, दोबारा भेजे गए: %5</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="20" />
        <source>%1 (new user)</source>
        <translation>%1 (नया उपयोगकर्ता)</translation>
    </message>
    <message>
        <location filename="../onboarding/result_page.py" line="21" />
        <source>(no number)</source>
        <translation>(कोई नंबर नहीं)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="44" />
        <source>Users the sandbox knows</source>
        <translation>सैंडबॉक्स को ज्ञात उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="45" />
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="45" />
        <source>Numbers</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="45" />
        <source>Earned</source>
        <translation>अर्जित</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="45" />
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="50" />
        <location filename="../qa/sandbox_users_tab.py" line="73" />
        <source>User ID</source>
        <translation>उपयोगकर्ता ID</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="52" />
        <location filename="../qa/sandbox_users_tab.py" line="74" />
        <source>Earned balance</source>
        <translation>अर्जित बैलेंस</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="53" />
        <location filename="../qa/sandbox_users_tab.py" line="75" />
        <source>Bonus balance</source>
        <translation>बोनस बैलेंस</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="65" />
        <source>Set balances</source>
        <translation>बैलेंस सेट करें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="69" />
        <source>Forget user…</source>
        <translation>उपयोगकर्ता को भूलें…</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="69" />
        <source>Forget user</source>
        <translation>उपयोगकर्ता को भूलें</translation>
    </message>
    <message>
        <location filename="../qa/sandbox_users_tab.py" line="111" />
        <source>✓: verified</source>
        <translation>✓: सत्यापित</translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <location filename="../wallet/view.py" line="69" />
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="74" />
        <source>Copy &amp;address</source>
        <translation>पता कॉपी करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="76" />
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="78" />
        <source>&amp;Back</source>
        <translation>वापस (&amp;B)</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="84" />
        <source>Wallet balance</source>
        <translation>वॉलेट शेष</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="100" />
        <source>⚠ The wallet reports a transaction error: recent changes may not show yet.</source>
        <translation>⚠ वॉलेट लेन-देन में त्रुटि बता रहा है: हाल के बदलाव अभी शायद न दिखें।</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="108" />
        <source>&amp;Withdraw…</source>
        <translation>निकासी करें (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="119" />
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="120" />
        <source>No transactions yet.</source>
        <translation>अभी तक कोई लेन-देन नहीं।</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="122" />
        <source>Load &amp;more</source>
        <translation>और लोड करें (&amp;M)</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="199" />
        <source>Withdraw &lt;b&gt;%1&lt;/b&gt; earned from the custodial wallet %2 to the user's own wallet?</source>
        <translation>कस्टोडियल वॉलेट %2 से अर्जित &lt;b&gt;%1&lt;/b&gt; उपयोगकर्ता के अपने वॉलेट में निकालें?</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="208" />
        <source>This is PRODUCTION: real funds move.</source>
        <translation>यह प्रोडक्शन है: असली राशि स्थानांतरित होगी।</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="213" />
        <source>Withdraw?</source>
        <translation>निकासी करें?</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="216" />
        <source>Withdraw</source>
        <translation>निकासी करें</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="237" />
        <source>Address %1</source>
        <translation>पता %1</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="243" />
        <source>Last modified %1</source>
        <translation>अंतिम परिवर्तन %1</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="258" />
        <source>%1 more needed to withdraw (minimum %2).</source>
        <translation>निकासी के लिए %1 और चाहिए (न्यूनतम %2)।</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="262" />
        <source>Nothing to withdraw.</source>
        <translation>निकालने के लिए कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="279" />
        <source>Reading the wallet…</source>
        <translation>वॉलेट पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="280" />
        <source>Loading more transactions…</source>
        <translation>और लेन-देन लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../wallet/view.py" line="281" />
        <source>Withdrawing…</source>
        <translation>निकासी हो रही है…</translation>
    </message>
</context>
</TS>