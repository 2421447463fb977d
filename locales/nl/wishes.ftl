# Samen kiezen: een wensenronde, de keuze van de groepsbegeleider, de stemming, de uitslag.

activity-walk = Buurtwandeling
activity-cooking = Koken en eten
activity-museum = Museumbezoek
activity-trip = Dagje uit
activity-health = Over gezondheid
activity-massage = Handmassage
activity-knitting = Breien
activity-painting = Schilderen
activity-clay = Kleien
activity-flowers = Bloemschikken
activity-singing = Zingen
activity-dancing = Dansen
activity-quiz = Quiz
activity-feast = Feest vieren
activity-sports = Binnen sporten
activity-crafts = Armbanden maken
menu-wishes = Wensen
menu-vote = Stemming
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 De wensenronde is begonnen: { $count ->
        [one] één deelnemer is gevraagd.
       *[other] { $count } deelnemers zijn gevraagd.
    }
wish-q-happy = 💡 Waar wordt u blij van? Tik, schrijf een paar woorden, of stuur een spraakbericht.
wish-q-before = 💡 Wat deed u vroeger graag? Tik opnieuw in de lijst hierboven of op een knop hieronder, schrijf een paar woorden, of stuur een spraakbericht.
wish-q-together = 💡 Wat zou u graag samen met de groep doen? Tik opnieuw in de lijst hierboven of op een knop hieronder, schrijf een paar woorden, of stuur een spraakbericht.
wish-dont-know = Weet ik nog niet
wish-thanks = 🌷 Dank u wel! Uw groepsbegeleider zet de ideeën op een rij.
wish-reminder = 💡 Uw groep hoort graag uw ideeën. U kunt nog antwoorden.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Wens van { $name } (spraakbericht)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 De wensen tot nu toe ({ $count } hebben geantwoord):
    { $lines }
    Tik op de activiteiten voor de stemming (2 tot en met 10), schrijf een wens van de groep erbij, en tik dan op Stemming starten.
wish-vote-start = Stemming starten
wish-season = Inplannen
wish-need-options = Kies minstens 2 en hoogstens 10 activiteiten.
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ De activiteiten staan nu in de planning: { $count ->
        [one] bij de volgende bijeenkomst.
       *[other] bij de volgende { $count } bijeenkomsten.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 De stemming is begonnen: { $count ->
        [one] 1 deelnemer is gevraagd.
       *[other] { $count } deelnemers zijn gevraagd.
    }
vote-question = 🗳 Wat gaan we samen doen? Kies er één.
vote-reminder = 🗳 De stemming sluit bijna. Wat zou u graag doen?
vote-saved = ✅ Dank u wel voor uw stem.
vote-retracted = Uw stem is teruggenomen.
vote-closed = Deze stemming is al gesloten.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 Wat kiest { $name }?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 De groep heeft gekozen: { $winner }
    { $lines }
vote-tie = 🗳 Het staat gelijk. Vraag het de groep bij de volgende bijeenkomst, of kies nu:
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 Het staat gepland voor de bijeenkomst van { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Wens van { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Iets anders
wish-other-prompt = ✍️ Schrijf een paar woorden of stuur een spraakbericht.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Weet het nog niet: { $count }
wish-for = 📵 { $name } heeft geen smartphone. Bel en vraag waar { $name } blij van wordt, en tik dan het antwoord aan:
wish-for-saved = ✅ Genoteerd voor { $name }.
