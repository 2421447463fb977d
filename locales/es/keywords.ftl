# Palabras clave como mensaje completo (WhatsApp, la consola).
# Palabras separadas por comas. Las palabras en inglés siempre funcionan también.
keyword-help = ayuda
keyword-language = idioma, lengua
keyword-stop = parar, basta
keyword-start = empezar, comenzar
keyword-forget = olvídame, olvidame, bórrame
keyword-mydata = mis datos
keyword-menu = menú
keyword-next = próximo, proximo, siguiente
