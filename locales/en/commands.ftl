# Descriptions in Telegram's command menu (at most 256 characters, short is better).
command-help = What can I do here?
command-language = Choose your language
command-stop = Stop messages
command-start = Start messages again
command-mydata = What do you keep about me?
command-forget = Erase my data
command-menu = Group leader menu
command-next = When is the next meeting?
command-voice = Messages as voice too
