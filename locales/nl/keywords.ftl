# Trefwoorden als heel bericht (WhatsApp, console). Woorden met komma's gescheiden.
keyword-help = hulp, help
keyword-language = taal
keyword-stop = stop, stoppen, stop berichten, berichten stoppen
keyword-start = start, begin
keyword-forget = vergeet mij, vergeet me, wis mij, wis mijn gegevens
keyword-mydata = mijn gegevens
keyword-menu = menu
keyword-next = volgende
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = help me, help mij, helpt u mij, bel me, bel mij, belt u mij, kunt u mij bellen, kun je me bellen, nood, noodgeval
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = genoeg
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = ja, jawel, ok, oké, goed, prima
answer-no = nee, neen
answer-call = bel mij, bel me, belt u mij, bellen
answer-coming = ik kom, ik kom zeker, ik ben er, ik ben erbij, kom ik, tot dan
answer-not-coming = ik kan niet, kan niet, ik kom niet, ik ben er niet, lukt niet, ik kan niet komen
keyword-voice = spraak, spraakbericht, voorlezen, gesproken
keyword-web = web, webpagina, website
