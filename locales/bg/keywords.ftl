# Думи, изпратени като цяло съобщение (WhatsApp, конзола). Думите са разделени със запетаи.
keyword-help = помощ, pomosht, pomosh, pomo6t
keyword-language = език, ezik
keyword-stop = стоп, спри, spri
keyword-start = старт, начало, nachalo
keyword-forget = забрави ме, изтрий ме, zabravi me, iztrii me
keyword-mydata = моите данни, данните ми, moite danni
keyword-menu = меню, meniu
keyword-next = следваща, следващата среща, кога е срещата, sledvashta
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = помогнете, помогни ми, помогнете ми, обадете ми се, обади ми се
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = стига, баста
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = да, добре
answer-no = не
answer-call = обадете ми се, обади ми се
answer-coming = ще дойда, идвам, ще бъда там
answer-not-coming = не мога, няма да дойда, не идвам
keyword-voice = глас, гласово, гласово съобщение
keyword-web = уеб, уебстраница, сайт
