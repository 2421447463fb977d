# Słowa wysyłane jako cała wiadomość (WhatsApp, konsola). Słowa oddzielone przecinkami.
keyword-help = pomoc
keyword-language = język, jezyk
keyword-stop = stop, wypisz mnie
keyword-start = start, dołącz, dolacz
keyword-forget = zapomnij o mnie, usuń mnie, usun mnie
keyword-mydata = moje dane
keyword-menu = menu
keyword-next = następne, nastepne, następne spotkanie
