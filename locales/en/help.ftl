# Help.

help-participant = You can send a message or a voice note here: your group leader gets it. Tap a button below for more.
help-facilitator = Messages from your members come here. Tap "Reply" under a message to answer. Send "menu" for your tools.
