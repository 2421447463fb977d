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
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = yes, yeah, yep, ok, okay, sure
answer-no = no, nope
answer-call = call me, please call, ring me
answer-coming = i'm coming, i am coming, i will come, i'll come, i'll be there, coming, see you
answer-not-coming = i can't come, i cannot come, can't come, cannot come, not coming, i won't come, i can't, i cannot
keyword-voice = voice, voice message, read aloud
keyword-web = web, web page, website
