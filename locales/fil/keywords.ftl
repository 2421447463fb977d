# Mga keyword bilang buong mensahe (WhatsApp, ang console).
# Mga salitang pinaghihiwalay ng kuwit. Gumagana rin palagi ang mga salitang Ingles.
keyword-help = tulong
keyword-language = wika
keyword-stop = tigil, hinto
keyword-start = simula, umpisa
keyword-forget = kalimutan ako, burahin ako
keyword-mydata = datos ko, aking datos
keyword-menu = menu
keyword-next = susunod, susunod na pagkikita
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = tulungan mo ako, tulungan niyo ako, tulungan ninyo ako, saklolo, tawagan mo ako, tawagan niyo ako, tawagan po ako, pakitawagan ako
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = tama na
