# Descripciones en el menú de órdenes de Telegram.
command-help = ¿Qué puedo hacer aquí?
command-language = Elija su idioma
command-stop = Parar mensajes
command-start = Volver a recibir mensajes
command-mydata = ¿Qué guardan sobre mí?
command-forget = Borrar mis datos
command-menu = Menú para guías
command-next = ¿Cuándo es el próximo encuentro?
command-voice = Mensajes también con voz
