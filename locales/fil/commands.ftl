# Mga paglalarawan sa command menu ng Telegram.
command-help = Ano ang magagawa ko rito?
command-language = Pumili po ng wika
command-stop = Itigil ang mga mensahe
command-start = Tumanggap ulit ng mensahe
command-mydata = Anong impormasyon ko ang naka-save sa inyo?
command-forget = Burahin ang datos ko
command-menu = Menu ng lider ng grupo
command-next = Kailan po ang susunod na pagkikita?
command-voice = Mensahe na may boses din
