# Mga keyword bilang buong mensahe (WhatsApp, ang console).
# Mga salitang pinaghihiwalay ng kuwit. Gumagana rin palagi ang mga salitang Ingles.
keyword-help = tulong
keyword-language = wika
keyword-stop = tigil, hinto
keyword-start = simula, umpisa, sumali
keyword-forget = kalimutan ako, burahin ako, burahin ang datos ko
keyword-mydata = datos ko, aking datos, data ko, impormasyon ko
keyword-menu = menu
keyword-next = susunod, susunod na pagkikita
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = tulungan mo ako, tulungan niyo ako, tulungan ninyo ako, saklolo, tawagan mo ako, tawagan niyo ako, tawagan po ako, pakitawagan ako
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = tama na
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = oo, opo, oo po, sige, oke
answer-no = hindi, hindi po, ayaw
answer-call = tawagan mo ako, tawagan niyo ako, tawagan po ako, pakitawagan ako
answer-coming = pupunta ako, pupunta po ako, darating ako, darating po ako, nandiyan ako
answer-not-coming = hindi ako makakapunta, hindi po ako makakapunta, hindi makakapunta, di ako makakapunta, hindi ako pupunta, hindi ako darating
keyword-voice = boses, voice message
keyword-web = web, web page, website
