# Aanwezigheid na een bijeenkomst, even navragen bij wie er niet was, het overzicht voor de groepsbegeleider, taken.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Wie was er op { $date }? Tik op een naam om die aan of uit te zetten. Of stuur de nummers van iedereen die er was, zoals 1 3 4 of "alle behalve 2". Tik daarna op Bevestigen.
    { $lines }
attendance-confirm = Bevestigen
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Opgeslagen: { $present ->
        [one] 1 van de { $total } was er.
       *[other] { $present } van de { $total } waren er.
    }
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 De aanwezigheid van { $date } is nog niet opgeslagen.
attendance-bad-numbers = Stuur de nummers van wie er was, zoals 1 3 4, of "alle behalve 2".
checkin-missed = We hebben u vandaag gemist. Hoe gaat het met u?
checkin-excused = We hopen dat alles goed met u gaat. Tot de volgende keer!
checkin-fine = Het gaat goed
checkin-unwell = Niet zo goed
checkin-call = Bel mij even
checkin-thanks = Dank u wel dat u het laat weten. 🌷
checkin-unwell-reply = Wat naar om te horen. Uw groepsbegeleider neemt contact met u op.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 Na de bijeenkomst van { $date }:
    Afwezig: { $absent }
    ⚠️ Twee keer of vaker achter elkaar afwezig: { $atrisk }
    📞 Wil gebeld worden: { $call }
    🔕 Geen antwoord binnen 48 uur: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Taak: het gaat niet goed met { $name }. Neem contact op.
        [no-answer] 🗒 Taak: { $name } was er niet en heeft niet geantwoord. Neem contact op.
        [missed] 🗒 Taak: bel { $name } (geen smartphone): was er niet bij de bijeenkomst.
       *[call-me] 🗒 Taak: { $name } wil gebeld worden.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Staat nog open: contact met { $name }. Hoe ging het?
task-reached = Bereikt
task-not-reached = Niet bereikt
task-needs-help = Hulp nodig
task-done = ✅ Genoteerd. Dank u wel.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) na de vraag hoe het gaat, over de bijeenkomst van { $date }: { $text }
    Is dit een antwoord? Noteer het met een knop.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Spraakbericht van { $name } ({ $group }) na de vraag hoe het gaat, over de bijeenkomst van { $date }.
    Is dit een antwoord? Noteer het met een knop.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Gaat goed
checkin-for-unwell = Niet goed
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Genoteerd voor { $name }: { $answer }.
attendance-ask-activity = 🎯 Wat hebben jullie vandaag samen gedaan? Tik er een aan, of schrijf een paar woorden. (Voor de rapportage; overslaan mag.)
attendance-activity-skipped = Goed, niets genoteerd.
attendance-activity-words = Schrijf een paar woorden (hooguit { $max } tekens), of tik op een van de knoppen.
attendance-activity-saved = ✅ Genoteerd voor de rapportage: { $activity }.
