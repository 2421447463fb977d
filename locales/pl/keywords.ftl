# Słowa wysyłane jako cała wiadomość (WhatsApp, konsola). Słowa oddzielone przecinkami.
keyword-help = pomoc
keyword-language = język, jezyk
keyword-stop = stop, wypisz mnie
keyword-start = start, dołącz, dolacz
keyword-forget = zapomnij o mnie, usuń mnie, usun mnie
keyword-mydata = moje dane
keyword-menu = menu
keyword-next = następne, nastepne, następne spotkanie, nastepne spotkanie
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = pomocy, pomóż mi, pomóżcie mi, proszę o pomoc, zadzwoń do mnie, proszę zadzwonić, proszę do mnie zadzwonić
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = basta, dość, dosc
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = tak, dobrze, ok
answer-no = nie
answer-call = zadzwoń do mnie, proszę zadzwonić
answer-coming = przyjdę, będę, przyjdę na pewno
answer-not-coming = nie przyjdę, nie mogę, nie będę, nie dam rady
keyword-voice = głos, głosowo, wiadomość głosowa
keyword-web = web, strona www, strona internetowa
