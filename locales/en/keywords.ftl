# Whole-message keywords on channels without commands (WhatsApp, the console).
# Comma-separated words. Each language lists its own words; English words always work too.
keyword-help = help
keyword-language = language
keyword-stop = stop, unsubscribe
keyword-start = start, join
keyword-forget = forget me, delete me
keyword-mydata = my data
keyword-menu = menu
keyword-next = next
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = help me, please help, call me, please call, please call me, ring me, emergency
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = enough
