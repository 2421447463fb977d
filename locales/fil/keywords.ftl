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
