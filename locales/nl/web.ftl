# De webpagina voor coördinatoren en groepsleiders (bot/web): inloggen vanuit de chat, en de pagina's.
menu-web = Webpagina
web-link = 🖥 Uw link naar de webpagina:
    { $url }
    Hiermee logt u één keer in, binnen { $minutes ->
        [one] 1 minuut.
       *[other] { $minutes } minuten.
    } Geef hem niet door: hij opent de pagina als u.
web-staff-only = De webpagina is voor groepsleiders en coördinatoren.
web-not-running = De webpagina staat niet aan. Vraag het uw coördinator.
web-page-title = samen
web-signin-title = Inloggen
web-signin-text = Hier zijn geen wachtwoorden. Stuur “web” naar samen in Telegram of WhatsApp: u krijgt een link waarmee u inlogt. Die werkt één keer, binnen 10 minuten.
web-login-expired = Deze inloglink is verlopen.
web-login-used = Deze inloglink is al gebruikt.
web-login-unknown = Deze inloglink klopt niet.
web-login-again = Stuur “web” naar samen voor een nieuwe link.
web-signout = Uitloggen
web-signed-in-as = Ingelogd als { $name }
web-overview = Overzicht
web-forbidden = Deze pagina kunt u niet openen.
web-form-expired = Dit formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
web-group = Groep
web-leaders = Leiding
web-members = Deelnemers
web-languages = Talen
web-next-meeting = Volgende bijeenkomst
web-no-leader = Geen leider
web-nothing-planned = Niets gepland
web-no-groups = Nog geen groepen.
web-language = Taal
web-needs-attention = Eerst voor u
web-nothing-waiting = Er wacht niets op u.
web-attention-no-leader = heeft geen leider: maak een deelnemer leider, of nodig iemand uit.
web-attention-help = { $count ->
    [one] 1 hulpvraag (🆘) van de leider
   *[other] { $count } hulpvragen (🆘) van de leider
}
web-attention-tasks = { $count ->
    [one] 1 open nabeltaak
   *[other] { $count } open nabeltaken
}
web-attention-stopped = { $count ->
    [one] 1 deelnemer is gestopt met de berichten
   *[other] { $count } deelnemers zijn gestopt met de berichten
}
web-attendance = Aanwezigheid
web-came-of = { $present } van de { $expected } kwamen
web-tasks = Open taken
web-away = Weg
web-stopped = Gestopt
web-form-incomplete = Vul alle velden van het formulier in.
web-card-pdf = Uitnodigingskaart om te printen (PDF)
web-name = Naam
web-role = Rol
web-role-participant = Deelnemer
web-role-facilitator = Groepsleider
web-role-buddy = Maatje
web-phone-only = geen smartphone
web-away-until = weg tot { $date }
web-invite = Uitnodigen
web-invite-who = Wie nodigt u uit?
web-invite-make = Maak een uitnodigingscode
web-meetings = Bijeenkomsten
web-when = Wanneer
web-place = Plek
web-change = Wijzigen
web-move-to = Verplaatsen naar
web-move = Verplaatsen
web-other-place = Andere plek
web-cancel-sure = ja, afzeggen
web-cancel = Bijeenkomst afzeggen
web-add-meeting = Een extra bijeenkomst
web-add = Toevoegen
web-cancelled = afgezegd
web-not-recorded = niet ingevuld
web-nothing-yet = Nog niets.
web-wishes = Wensen
web-vote = Stemming
web-people = { $count ->
    [one] 1 persoon in de groep
   *[other] { $count } mensen in de groep
}
web-plan = Seizoen plannen
web-plan-when = Wanneer
web-plan-weekday = Dag
web-plan-time = Tijd
web-plan-every = Hoe vaak
web-plan-every-1 = elke week
web-plan-every-2 = om de twee weken
web-plan-duration = Minuten
web-plan-from = Vanaf
web-plan-until = Tot en met
web-plan-count = Of: hoeveel bijeenkomsten
web-plan-break = Zomerstop
web-plan-traditions = Tradities
web-plan-region = Regio voor schoolvakanties
web-plan-region-noord = Noord
web-plan-region-midden = Midden
web-plan-region-zuid = Zuid
web-plan-mosque = Islamitische data, zoals de moskee
web-plan-policies = Wat gebeurt er op deze dagen
web-plan-policy-skip = geen bijeenkomst
web-plan-policy-move = naar de volgende vrije week
web-plan-policy-keep = gewoon doorgaan
web-plan-preview = Bekijken
web-plan-save-note = Bij opslaan vervangt dit plan de geplande bijeenkomsten vanaf de eerste dag, en iedere deelnemer hoort het in haar eigen taal.
web-plan-save = Plan opslaan
web-plan-legend-session = een bijeenkomst
web-plan-legend-feast = een feestdag
web-plan-bad-weekday = Kies een dag van de week.
web-plan-bad-every = Kies elke week of om de twee weken.
web-plan-bad-islamic-shift = Kies de dag van de moskee: -1, 0 of +1.
web-plan-bad-duration = Een bijeenkomst duurt 15 tot 720 minuten.
web-plan-bad-time = Geef de tijd als 10:00.
web-plan-bad-from = Geef de eerste dag als datum.
web-plan-bad-count = Geef het aantal bijeenkomsten: 1 tot 200.
web-plan-bad-until = Geef de laatste dag als datum, binnen twee jaar na de eerste.
web-plan-bad-break = De zomerstop heeft een eerste en laatste dag nodig, de laatste niet vóór de eerste.
web-plan-school-region = Schoolvakanties hebben een regio nodig: noord, midden of zuid.
web-plan-shift = { $days ->
    [-1] een dag eerder
    [1] een dag later
   *[0] zoals berekend
}
web-plan-policy-default = standaard ({ $policy ->
    [skip] geen bijeenkomst
    [move] verplaatsen
   *[keep] gewoon doorgaan
})
web-plan-preview-title = { $count ->
    [one] 1 bijeenkomst
   *[other] { $count } bijeenkomsten
}
web-plan-line-break = { $date }: stop, geen bijeenkomst
web-plan-saved = { $count ->
    [one] ✅ Het plan is opgeslagen: 1 bijeenkomst. De deelnemers horen het in hun eigen taal.
   *[other] ✅ Het plan is opgeslagen: { $count } bijeenkomsten. De deelnemers horen het in hun eigen taal.
}
web-reports = Rapportages
web-report-for = Rapportage voor
web-report-show = Tonen
web-report-scope-g = { $name }
web-report-scope-n = { $name }, aanwezigheid op naam
web-report-scope-o = { $name }, alle groepen
web-audit = Wat leiders en coördinatoren deden
web-audit-who = Wie
web-audit-what = Wat
web-new-group = Een nieuwe groep
web-organisation = Organisatie
web-city = Plaats
web-new-group-make = Groep maken
web-group-created = De groep { $group } is gemaakt. Nodig hieronder de leider uit.
web-report-meetings = Gehouden bijeenkomsten
web-report-activity = Wat we deden
web-audit-action = { $action ->
    [activity-recorded] noteerde wat de groep deed
    [attendance-recorded] vulde in wie er kwam
    [away-set] noteerde dat een deelnemer weg is
    [broadcast-sent] stuurde een bericht aan allen
    [buddy-answer] een maatje kreeg antwoord
    [buddy-proposed] stelde een maatje voor
    [call-number-shared] een nummer werd gedeeld om te bellen
    [call-permission] zei of ze gebeld mag worden
    [chat-link-code] maakte een code om een chat te koppelen
    [chat-linked] koppelde een Telegram-groep
    [chat-unlinked] ontkoppelde de Telegram-groep
    [checkin-recorded-for] vulde een antwoord op de nabelvraag in voor een deelnemer
    [consent-given] een deelnemer ging akkoord met de berichten
    [data-exported] een deelnemer vroeg haar gegevens op
    [group-created] maakte de groep
    [group-greeting] sprak een groet in
    [group-greeting-removed] haalde de groet weg
    [invite-created] maakte een uitnodigingscode
    [joined] een deelnemer deed mee
    [member-moved] verplaatste een deelnemer naar een andere groep
    [member-promoted] maakte een deelnemer leider
    [member-removed] verwijderde een deelnemer
    [member-renamed] gaf een deelnemer een andere naam
    [opted-in] een deelnemer ontvangt weer berichten
    [opted-out] een deelnemer stopte met de berichten
    [phone-only-added] voegde een deelnemer zonder smartphone toe
    [relay-answered] beantwoordde een deelnemer
    [relayed] een bericht werd doorgegeven
    [report-made] maakte een rapportage
    [rsvp-recorded-for] vulde een antwoord op een bijeenkomst in voor een deelnemer
    [schedule-applied] sloeg een plan op
    [session-added] voegde een bijeenkomst toe
    [session-cancelled] zegde een bijeenkomst af
    [session-moved] verplaatste een bijeenkomst
    [session-note] zette een notitie bij een bijeenkomst
    [session-place] veranderde de plek van een bijeenkomst
    [session-voice] sprak een bericht in voor een bijeenkomst
    [session-voice-removed] haalde het ingesproken bericht van een bijeenkomst weg
    [task-done] sloot een nabeltaak
    [task-escalated] vroeg de coördinator om hulp
    [voice-preference] een deelnemer koos gesproken of tekst
    [phone-reminders] wijzigde hoe een deelnemer zonder smartphone herinnerd wordt
    [vote-activity-moved] verplaatste de activiteit van de stemming naar een andere bijeenkomst
    [vote-recorded-for] vulde een stem in voor een deelnemer
    [vote-started] startte een stemming
    [vote-tie-decided] besliste een gelijke stemming
    [web-link-sent] vroeg om de webpagina
    [web-signed-in] logde in op de webpagina
    [wishes-started] startte een wensenronde
   *[other] { $action }
}
