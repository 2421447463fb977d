# Opisy w menu poleceń Telegrama.
command-help = Co mogę tu zrobić?
command-language = Wybór języka
command-stop = Wyłącz wiadomości
command-start = Włącz znów wiadomości
command-mydata = Co o mnie zapisaliście?
command-forget = Usuń moje dane
command-menu = Menu opiekuna grupy
command-next = Kiedy jest następne spotkanie?
command-voice = Wiadomości także głosowo
