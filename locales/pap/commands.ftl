# Deskripshonnan den e menu di komando di Telegram.
command-help = Kiko mi por hasi aki?
command-language = Skohe bo idioma
command-stop = Stop mensahe
command-start = Haña mensahe atrobe
command-mydata = Kiko boso ta warda di mi?
command-forget = Kita mi datonan
command-menu = Menu pa guia di grupo
command-next = Ki ora ta e siguiente reunion?
command-voice = Mensahe tambe ku bos
