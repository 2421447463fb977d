# Stop, start, vergeet mij, mijn gegevens.

stop-confirmed = 🔕 U krijgt geen berichten meer. Stuur "start" om ze weer te krijgen.
start-resumed = 🔔 Welkom terug! U krijgt weer berichten.
start-already = U krijgt al berichten. Stuur "help" om te zien wat u kunt doen.
forget-confirm = Wilt u dat wij alles over u wissen? Dan zit u niet meer in de groep. Daarna kunnen wij niets meer terughalen.
forget-yes = Ja, wissen
forget-no = Nee, bewaren
forget-kept = Goed, er is niets gewist.
forget-done = Uw gegevens zijn gewist. Tot ziens en het beste! U kunt weer meedoen met een nieuwe code.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } heeft de groep verlaten en gevraagd de gegevens te wissen.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Dit bewaren wij over u:
    Naam: { $name }
    Taal: { $language }
    Groep: { $groups }
    { $call ->
        [yes] Uw groepsbegeleider mag u bellen.
       *[no] Uw groepsbegeleider belt u niet.
    }
    { $stopped ->
        [yes] Berichten zijn gestopt.
       *[no] U krijgt berichten.
    }
    En uw antwoorden op onze vragen. Stuur "vergeet mij" om alles te wissen.
stop-button = Berichten stoppen
forget-button = Wis mijn gegevens
stop-confirm = Wilt u geen berichten meer van samen krijgen?
stop-keep = Nee, blijf sturen
stop-kept = Goed, er verandert niets.
