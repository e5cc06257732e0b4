"""The session's traffic: a bounded log of exchanges and its exports
(cURL, HAR 1.2, a plain-text report). No Qt."""
