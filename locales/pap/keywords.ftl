# Palabranan klave komo mensahe kompleto (WhatsApp, e konsola).
# Palabranan separá ku koma. Palabranan na ingles ta traha semper tambe.
keyword-help = yudansa, yuda
keyword-language = idioma, lenga
keyword-stop = stop, stòp
keyword-start = kuminsá, kuminsa, kuminza, cuminza
keyword-forget = lubidá mi, lubida mi
keyword-mydata = mi datonan
keyword-menu = menu
keyword-next = siguiente, próksimo, proksimo
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = yuda mi, yudami, yama mi, yamami, bo por yama mi
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = basta, para
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = si, bon
answer-no = no
answer-call = yama mi, yamami
answer-coming = mi ta bin, mi ta bai, lo mi bin
answer-not-coming = mi no por, mi no ta bin, no por bin
keyword-voice = bos, stem, mensahe di bos, audio
keyword-web = web, pagina web, website
