# Palabranan klave komo mensahe kompleto (WhatsApp, e konsola).
# Palabranan separá ku koma. Palabranan na ingles ta traha semper tambe.
keyword-help = yudansa, yuda
keyword-language = idioma, lenga
keyword-stop = para, stop
keyword-start = kuminsá, kuminsa
keyword-forget = lubidá mi, lubida mi
keyword-mydata = mi datonan
keyword-menu = menu
keyword-next = siguiente, próksimo, proksimo
