"""Hindi for the few strings Qt itself shows in this app (standard dialog
buttons, the dock title buttons, a text field's context menu). Qt ships no
Hindi translation of its own, so `update_translations.py` compiles these,
by Qt's own translation context, into otp_desktop/ui/i18n/qt_hi.qm."""

QT_HINDI = {
    "QPlatformTheme": {
        "OK": "ठीक है",
        "Save": "सहेजें",
        "Save All": "सब सहेजें",
        "Open": "खोलें",
        "&Yes": "हाँ (&Y)",
        "Yes to &All": "सभी के लिए हाँ (&A)",
        "&No": "नहीं (&N)",
        "N&o to All": "सभी के लिए नहीं (&O)",
        "Abort": "रोकें",
        "Retry": "फिर से प्रयास करें",
        "Ignore": "अनदेखा करें",
        "Close": "बंद करें",
        "Cancel": "रद्द करें",
        "Discard": "छोड़ें",
        "Help": "सहायता",
        "Apply": "लागू करें",
        "Reset": "रीसेट करें",
        "Restore Defaults": "डिफ़ॉल्ट बहाल करें",
    },
    "QDockWidget": {
        "Float": "अलग करें",
        "Undocks and re-attaches the dock widget": "डॉक को अलग करता है और फिर से जोड़ता है",
        "Close": "बंद करें",
        "Closes the dock widget": "डॉक बंद करता है",
    },
    "QLineEdit": {
        "&Undo": "पूर्ववत करें (&U)",
        "&Redo": "फिर से करें (&R)",
        "Cu&t": "काटें (&T)",
        "&Copy": "कॉपी करें (&C)",
        "&Paste": "चिपकाएँ (&P)",
        "Delete": "हटाएँ",
        "Select All": "सब चुनें",
    },
    "QMessageBox": {
        "Show Details...": "विवरण दिखाएँ...",
        "Hide Details...": "विवरण छिपाएँ...",
    },
}
