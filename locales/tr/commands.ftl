# Telegram komut menüsündeki açıklamalar.
command-help = Burada neler yapabilirim?
command-language = Dilinizi seçin
command-stop = Mesajları durdur
command-start = Mesajları tekrar al
command-mydata = Hakkımda neler kayıtlı?
command-forget = Bilgilerimi sil
command-menu = Grup sorumlusu menüsü
command-next = Sonraki buluşma ne zaman?
command-voice = Mesajlar sesli de gelsin
