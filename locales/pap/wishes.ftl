# Skohe huntu: un ronda di deseo, e skohementu di e guia di grupo, e votashon, e resultado.

activity-walk = Kana den bario
activity-cooking = Kushiná i kome
activity-museum = Bishita museo
activity-trip = Dia di paseo
activity-health = Charla di salú
activity-massage = Masahe di man
activity-knitting = Brei
activity-painting = Pinta
activity-clay = Traha ku klei
activity-flowers = Areglo di flor
activity-singing = Kanta
activity-dancing = Baila
activity-quiz = Quiz
activity-feast = Fiesta huntu
activity-sports = Deporte paden
activity-crafts = Brasalete
menu-wishes = Deseonan
menu-vote = Votashon
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 E ronda di deseo a kuminsá: { $count ->
        [one] nos a puntra un miembro.
       *[other] nos a puntra { $count } miembro.
    }
wish-q-happy = 💡 Kiko ta hasi bo felis? Primi riba un boton, skirbi un par di palabra, òf manda un mensahe di bos.
wish-q-before = 💡 Kiko bo tabata gusta hasi ántes? Primi atrobe riba e lista ariba òf un boton abou, skirbi un par di palabra, òf manda un mensahe di bos.
wish-q-together = 💡 Kiko bo lo gusta hasi huntu ku e grupo? Primi atrobe riba e lista ariba òf un boton abou, skirbi un par di palabra, òf manda un mensahe di bos.
wish-dont-know = Mi no sa ainda
wish-thanks = 🌷 Masha danki! Bo guia di grupo lo hunta tur e ideanan.
wish-reminder = 💡 Bo grupo ke tende bo ideanan. Bo por kontestá ainda.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Deseo di { $name } (mensahe di bos)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 E deseonan te awor ({ $count } a kontestá):
    { $lines }
    Primi riba e aktividatnan pa e votashon (2 te 10), skirbi bo mes opshon, despues primi "Kuminsá votashon".
wish-vote-start = Kuminsá votashon
wish-season = Pa e temporada
wish-need-options = Skohe por lo ménos dos opshon (máksimo dies).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ E aktividatnan ta planifiká pa { $count ->
        [one] e siguiente reunion.
       *[other] e siguiente { $count } reunion.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 E votashon a kuminsá: { $count ->
        [one] nos a puntra un miembro.
       *[other] nos a puntra { $count } miembro.
    }
vote-question = 🗳 Kiko nos ta bai hasi huntu? Skohe unu.
vote-reminder = 🗳 E votashon ta será pronto. Kiko bo lo gusta hasi?
vote-saved = ✅ Masha danki pa bo voto.
vote-retracted = Nos a kita bo voto.
vote-closed = E votashon aki a será kaba.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 Kiko { $name } ta skohe?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 E grupo a skohe: { $winner }
    { $lines }
vote-tie = 🗳 E votonan ta igual. Kua bo ta skohe?
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 E ta planifiká pa e reunion di { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Deseo di { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Otro kos
wish-other-prompt = ✍️ Skirbi un par di palabra òf manda un mensahe di bos.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 No sa ainda: { $count }
wish-for = 📵 { $name } no tin smartphone. Yama i puntra kiko ta hasi { $name } felis, despues primi e kontesta:
wish-for-saved = ✅ Anotá pa { $name }.
