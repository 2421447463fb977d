# De webpagina voor coördinatoren en groepsleiders (bot/web): inloggen vanuit de chat, en de pagina's.
menu-web = Webpagina
web-link = 🖥 Uw link naar de webpagina:
    { $url }
    Hiermee logt u één keer in, binnen { $minutes } minuten. Geef hem niet door: hij opent de pagina als u.
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
