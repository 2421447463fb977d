# Bijeenkomsten plannen in de chat, en deelnemers vertellen wat er verandert.

menu-schedule = Jaar plannen
menu-sessions = Bijeenkomsten
menu-extra-session = Extra bijeenkomst
sched-ask-weekday = Op welke dag komt de groep samen?
sched-ask-time = Hoe laat begint het? Tik op een tijd, of schrijf er een zoals 10:30.
sched-bad-time = Schrijf een tijd zoals 10:30, of tik op een tijd.
sched-ask-every = Hoe vaak?
sched-every-1 = Elke week
sched-every-2 = Om de twee weken
sched-ask-from = Vanaf welke datum?
sched-ask-place = Waar komt de groep samen? Schrijf de plek, of tik op een knop.
sched-place-none = Nog geen plek
sched-ask-break = Heeft de groep een zomerstop?
sched-break-none = Geen zomerstop
sched-break-school = Zomervakantie
sched-break-july-august = Juli en augustus
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Met welke feestdagen moet de planning rekening houden? Tik om toe te voegen of weg te halen, en dan op Klaar.
    Gekozen: { $chosen }
sched-traditions-done = Klaar
tradition-dutch = Feestdagen NL
tradition-school = Schoolvakanties
tradition-islamic = Islamitisch
tradition-christian = Christelijk
tradition-orthodox = Orthodox
tradition-hindu = Hindoeïstisch
tradition-surinamese = Surinaamse dagen
tradition-chinese = Chinees Nieuwjaar
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = Planning voor { $group }: { $count ->
        [one] één bijeenkomst
       *[other] { $count } bijeenkomsten
    }
    { $lines }
sched-confirm = Planning opslaan
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Opgeslagen: { $count ->
        [one] één bijeenkomst
       *[other] { $count } bijeenkomsten
    }. Iedereen in de groep krijgt bericht.
sched-cancelled = Goed, er is niets opgeslagen.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, geen bijeenkomst
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ { $count ->
        [0] Geen enkele bijeenkomst in twaalf maanden.
        [one] Maar 1 bijeenkomst in twaalf maanden.
       *[other] Maar { $count } bijeenkomsten in twaalf maanden.
    } De handleiding raadt er minstens 10 per jaar aan.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ Geen bijeenkomst van { $from } tot { $to }. Is dat een pauze?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, geen bijeenkomst. De groep komt dan { $weeks ->
        [one] 1 week
       *[other] { $weeks } weken
    } niet samen; de handleiding raadt aan om minstens om de twee weken samen te komen.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] geen bijeenkomst (standaard)
        [move] verplaatst naar de eerstvolgende vrije week (standaard)
       *[keep] de bijeenkomst gaat door (standaard)
    }
sess-ask-pick = Welke bijeenkomst?
sess-none = Er zijn nog geen bijeenkomsten gepland.
# Variables:
#   $date (datetime) - when the session is
sess-what = Bijeenkomst van { $date }: wat wilt u doen?
sess-move = Verplaatsen
sess-cancel = Afzeggen
sess-ask-moveto = Naar welke dag?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = De bijeenkomst van { $date } afzeggen? Iedereen krijgt bericht.
sess-yes-cancel = Ja, afzeggen
sess-keep = Nee, laten staan
sess-done-moved = ✅ Verplaatst. Iedereen krijgt bericht.
sess-done-cancelled = ✅ Afgezegd. Iedereen krijgt bericht.
sess-ask-extra-day = Op welke dag is de extra bijeenkomst?
sess-done-added = ✅ Extra bijeenkomst toegevoegd. Iedereen krijgt bericht.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 { $count ->
        [one] Er is een nieuwe datum: { $first }.
       *[other] Er zijn { $count } nieuwe datums voor de bijeenkomsten. De eerste is op { $first }.
    }
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 De bijeenkomst van { $old } is verplaatst naar { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 De bijeenkomst van { $date } gaat niet door.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Extra bijeenkomst: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Welkom!
sess-place = Andere plek
sess-note = Notitie
sess-ask-place = 📍 Waar is de bijeenkomst van { $date }? Schrijf de plek, bijvoorbeeld: Hema, centrum.
sess-ask-note = 📝 Wat moet iedereen weten over de bijeenkomst van { $date }? Bijvoorbeeld: neem een foto van uw familie mee.
sess-bad-text = Schrijf een paar woorden (hoogstens { $max } tekens).
sess-done-place = ✅ Plek gewijzigd. Iedereen hoort het.
sess-done-note = ✅ Notitie toegevoegd. Iedereen hoort het.
session-place = 📍 De bijeenkomst van { $date } is op een andere plek: { $place }.
session-note = 📝 Voor de bijeenkomst van { $date }: { $note }
sess-ask-extra-place = 📍 Waar is de extra bijeenkomst? Schrijf de plek, of tik op de gewone plek.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Spraakbericht
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Stuur me nu een spraakbericht: een paar woorden van welkom van u. Iedereen krijgt het bij de herinnering voor { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Uw spraakbericht gaat mee met de herinnering voor { $date }.
grp-greeting = Groet inspreken
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Stuur me een kort spraakbericht: een groet van u. Het gaat mee met elke herinnering van { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Uw groet gaat mee met elke herinnering van { $group }.
voice-note-remove = Spraakbericht weg
voice-note-removed = 🗑 Het spraakbericht is weggehaald.
voice-note-wanted = Stuur een spraakbericht (houd de microfoonknop ingedrukt), of tik op Annuleren.
