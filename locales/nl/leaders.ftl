# Een groep en haar begeleiders: een coördinator die invalt voor een groep zonder begeleider, het
# welkom van een nieuwe begeleider, een hulpvraag van een begeleider naar de coördinatoren.

for-group = 👥 { $group }
group-no-leader = ⚠️ { $group } heeft nu geen groepsbegeleider. Tot er een is, krijgt u wat voor de begeleider bedoeld is, met de naam van de groep erboven.
group-make-leader = Maak begeleider
group-invite-leader = Nieuwe begeleider
leader-pick = Wie gaat { $group } begeleiden?
leader-pick-nobody = { $group } heeft nog geen deelnemers met een smartphone. Nodig een nieuwe begeleider uit.
invite-created-leader = Code voor een nieuwe begeleider van { $group }: { $code }
    Stuur hem naar de nieuwe begeleider. Hij werkt tot { $expires }, voor één persoon.
leader-welcome = ⭐ Welkom, groepsbegeleider van { $group }!
    • Berichten van uw deelnemers komen hier binnen: tik op ↩ Antwoorden om te antwoorden.
    • Stuur "menu" voor deelnemers, bijeenkomsten, wensen en berichten aan de groep.
    • 🗒 Een taak (iemand bellen) komt met knoppen: tik hoe het ging.
task-escalated = 🆘 Doorgegeven aan de coördinator. Dank u wel.
task-help-needed = 🆘 { $leader } heeft hulp nodig bij { $name } ({ $group }). { $reason ->
        [unwell] { $name } voelt zich niet goed.
        [no-answer] { $name } heeft niet geantwoord na een gemiste bijeenkomst.
        [missed] { $name } heeft geen smartphone en miste een bijeenkomst.
       *[call-me] { $name } vroeg om gebeld te worden.
    } Neem contact op met { $leader }. Hoe ging het?
call-nobody = Uw groep heeft nu geen groepsbegeleider. Uw vraag is bewaard: de nieuwe begeleider ziet hem.
member-stopped = 🔕 { $name } zei stop en krijgt geen berichten meer van samen. Bel { $name } als u wilt weten waarom.
member-resumed = 🔔 { $name } krijgt weer berichten.
call-these = 📞 Bel { $count ->
        [one] deze deelnemer
       *[other] deze deelnemers
    } om dit door te geven (📵 geen smartphone, ⏳ WhatsApp houdt berichten vast tot zij zelf schrijven):
    { $lines }
grp-new = Nieuwe groep
grp-ask-name = ➕ Een nieuwe groep. Hoe heet hij? Bijvoorbeeld: Koffie Oost.
grp-name-taken = Er is al een groep met de naam { $group }. Kies een andere naam.
grp-ask-language = In welke taal praten de deelnemers van { $group } het meest met elkaar?
grp-ask-city = In welke stad of wijk komt de groep samen? Of tik op Overslaan.
grp-ask-region = Voor de schoolvakanties: in welke regio zit de groep?
grp-region-noord = Noord
grp-region-midden = Midden
grp-region-zuid = Zuid
grp-created = ✅ De groep { $group } staat klaar. Nodig nu de begeleider uit: die krijgt een code voor één persoon.
grp-open-menu = Groepsmenu
grp-skip = Overslaan
