# Aanmelden: uitnodigingscodes, toestemming, taal, bellen, welkom.

stranger-how-to-join = Hallo! Wilt u meedoen met uw groep? Stuur dan de code van uw groepsbegeleider.
invite-unknown = Deze code ken ik niet. Kijk de code na, of vraag uw groepsbegeleider om een nieuwe code.
invite-expired = Deze code is te oud. Vraag uw groepsbegeleider om een nieuwe code.
invite-used-up = Deze code is te vaak gebruikt. Vraag uw groepsbegeleider om een nieuwe code.
# Variables:
#   $group (string) - the group's name
invite-already-member = U zit al in { $group }.
# Variables:
#   $group (string) - the group's name
consent-question = Welkom bij { $group }! Mogen wij u hier berichten over de groep sturen, en uw naam, taal en antwoorden bewaren?
consent-yes = Ja, dat is goed
consent-no = Nee, liever niet
language-other = Andere taal
consent-already = U heeft al geantwoord. Dank u wel!
consent-declined = Goed. Wij hebben niets bewaard. U kunt later meedoen met dezelfde code.
language-question = In welke taal wilt u de berichten lezen?
# Variables:
#   $language (string) - the language's own name
language-changed = Klaar. Ik schrijf u voortaan in het { $language }.
call-question = Mag uw groepsbegeleider u bellen?
call-yes = Ja, bel mij
call-no = Niet bellen
call-saved-yes = Goed. Uw groepsbegeleider mag u bellen.
call-saved-no = Goed. Uw groepsbegeleider belt u niet.
# Variables:
#   $group (string) - the group's name
welcome-participant = U zit nu in { $group }. 🌷 Voor elke bijeenkomst krijgt u een herinnering: de dag ervoor en op de dag zelf. Wilt u iets zeggen? Stuur hier een bericht of spraakbericht. Uw groepsbegeleider krijgt het. Wat in de groep gezegd wordt, blijft in de groep.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Welkom, groepsbegeleider van { $group }! Berichten van uw deelnemers komen hier binnen. Stuur "menu" voor uw hulpmiddelen.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name } doet mee met { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names } doen mee met { $group }.
# What stands for the names left out of a long list ("Fatima, Aisha and 8 others").
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] één ander
   *[other] { $count } anderen
}
call-share-number = Tik op de knop hieronder om uw telefoonnummer aan uw groepsbegeleider te geven.
call-share-button = Deel mijn nummer
call-number-saved = Dank u wel. Uw groepsbegeleider kan u nu bellen.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Zal ik mijn berichten ook als spraakbericht sturen?
voice-yes = Ja, ook gesproken
voice-no = Nee, tekst is goed
voice-on = 🔊 Vanaf nu krijgt u mijn berichten ook als spraakbericht.
voice-off = 📝 Vanaf nu krijgt u mijn berichten alleen als tekst.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Ik kan nog geen { $language } spreken, sorry. U krijgt mijn berichten als tekst.
