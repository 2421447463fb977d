# Trefwoorden als heel bericht (WhatsApp, console). Woorden met komma's gescheiden.
keyword-help = hulp, help
keyword-language = taal
keyword-stop = stop, stoppen
keyword-start = start, begin, aanmelden
keyword-forget = vergeet mij, vergeet me, wis mij
keyword-mydata = mijn gegevens
keyword-menu = menu
keyword-next = volgende
