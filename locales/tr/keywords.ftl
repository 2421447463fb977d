# Whole-message keywords on channels without commands (WhatsApp, the console).
# Comma-separated words. Each language lists its own words; English words always work too.
keyword-help = yardım, yardim
keyword-language = dil
keyword-stop = dur, durdur
keyword-start = başla, basla
keyword-forget = beni unut, beni sil
keyword-mydata = bilgilerim, verilerim
keyword-menu = menü
keyword-next = sonraki, sonraki buluşma
