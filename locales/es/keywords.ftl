# Palabras clave como mensaje completo (WhatsApp, la consola).
# Palabras separadas por comas. Las palabras en inglés siempre funcionan también.
keyword-help = ayuda
keyword-language = idioma, lengua
keyword-stop = parar
keyword-start = empezar, comenzar
keyword-forget = olvídame, olvidame, olvídeme, olvideme, bórrame, borrame, bórreme, borreme
keyword-mydata = mis datos
keyword-menu = menú
keyword-next = próximo, proximo, siguiente
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = ayúdame, ayúdenme, socorro, auxilio, llámame, llámeme, me puede llamar, me puedes llamar
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = basta
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = sí, vale, claro
answer-no = no
answer-call = llámame, llámeme, me puede llamar
answer-coming = voy, iré, vengo, allí estaré
answer-not-coming = no puedo, no voy, no iré, no vengo
keyword-voice = voz, mensaje de voz, audio
keyword-web = web, página web, sitio web
