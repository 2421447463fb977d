# Beschrijvingen in het opdrachtenmenu van Telegram.
command-help = Wat kan ik hier doen?
command-language = Kies uw taal
command-stop = Berichten stoppen
command-start = Weer berichten krijgen
command-mydata = Wat bewaren jullie over mij?
command-forget = Wis mijn gegevens
command-menu = Menu voor groepsbegeleiders
command-next = Wanneer is de volgende bijeenkomst?
command-voice = Berichten ook gesproken
