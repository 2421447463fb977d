# E página web pa koordinadónan i lidernan di grupo
menu-web = Página web
web-link = 🖥 Bo link pa e página web:
    { $url }
    E ta laga bo drenta un biaha, denter di { $minutes } minüt. No duna niun hende e: e ta habri e página komo bo.
web-staff-only = E página web ta pa lidernan di grupo i koordinadónan.
web-not-running = E página web no ta sendí. Puntra bo koordinadó.
web-page-title = samen
web-signin-title = Drenta
web-signin-text = No tin kontraseña akinan. Manda “web” pa samen den Telegram òf WhatsApp: bo ta haña un link pa drenta. E ta traha un biaha, denter di 10 minüt.
web-login-expired = E link aki a kaduká.
web-login-used = E link aki a wòrdu usá kaba.
web-login-unknown = E link aki no ta bálido.
web-login-again = Manda “web” pa samen pa un link nobo.
web-signout = Sali
web-signed-in-as = Drentá komo { $name }
web-overview = Resumen
web-forbidden = Bo no por habri e página aki.
web-form-expired = E formulario aki a kaduká. Bai bèk, karga e página di nobo i purba atrobe.
web-group = Grupo
web-leaders = Lidernan
web-members = Partisipantenan
web-languages = Idiomanan
web-next-meeting = Siguiente enkuentro
web-no-leader = Sin lider
web-nothing-planned = Nada no ta planiá
web-no-groups = Ainda no tin grupo.
web-language = Idioma
web-needs-attention = Promé pa bo
web-nothing-waiting = Nada no ta warda riba bo.
web-attention-no-leader = no tin lider: hasi un partisipante lider, òf invitá un lider.
web-attention-help = Petishon di yudansa (🆘) di e lider: { $count }
web-attention-tasks = Tarea habrí pa yama: { $count }
web-attention-stopped = Partisipantenan ku a stop e mensahenan: { $count }
web-attendance = Presensia
web-came-of = { $present } di { $expected } a bini
web-tasks = Tarea habrí
web-away = Ausente
web-stopped = A stop
web-form-incomplete = Yena tur e kampunan di e formulario.
web-card-pdf = Karchi di invitashon pa imprimí (PDF)
web-name = Nòmber
web-role = Ròl
web-role-participant = Partisipante
web-role-facilitator = Lider di grupo
web-role-buddy = Kompañero
web-phone-only = sin smartphone
web-away-until = ausente te { $date }
web-invite = Invitá
web-invite-who = Ken bo ta invitá?
web-invite-make = Traha un kódigo di invitashon
web-meetings = Enkuentronan
web-when = Ki ora
web-place = Lugá
web-change = Kambia
web-move-to = Move pa
web-move = Move
web-other-place = Otro lugá
web-cancel-sure = sí, kanselá
web-cancel = Kanselá e enkuentro
web-add-meeting = Un enkuentro ekstra
web-add = Añadí
web-cancelled = kanselá
web-not-recorded = no anotá
web-nothing-yet = Ainda nada.
web-wishes = Deseonan
web-vote = Votashon
web-people = Hende den e grupo: { $count }
web-plan = Planifiká e temporada
web-plan-when = Ki ora
web-plan-weekday = Dia
web-plan-time = Ora
web-plan-every = Kuantu biaha
web-plan-every-1 = tur siman
web-plan-every-2 = kada dos siman
web-plan-duration = Minüt
web-plan-from = Di
web-plan-until = Te
web-plan-count = Òf: kuantu enkuentro
web-plan-break = Stop di zomer
web-plan-traditions = Tradishonnan
web-plan-region = Region di vakansi di skol
web-plan-region-noord = Nort
web-plan-region-midden = Meimei
web-plan-region-zuid = Zùit
web-plan-mosque = Fechanan islámiko, manera e meskita
web-plan-policies = Kiko ta pasa riba e dianan aki
web-plan-policy-skip = no tin enkuentro
web-plan-policy-move = move pa e siguiente siman liber
web-plan-policy-keep = enkuentro manera semper
web-plan-preview = Mira
web-plan-save-note = Ora bo warda, e plan aki ta reemplasá e enkuentronan planiá for di e promé dia, i kada partisipante ta tende esaki den su idioma.
web-plan-save = Warda e plan
web-plan-legend-session = un enkuentro
web-plan-legend-feast = un dia di fiesta
web-plan-bad-weekday = Skohe un dia di siman.
web-plan-bad-every = Skohe tur siman òf kada dos siman.
web-plan-bad-islamic-shift = Skohe e dia di e meskita: -1, 0 òf +1.
web-plan-bad-duration = Un enkuentro ta dura 15 te 720 minüt.
web-plan-bad-time = Skirbi e ora manera 10:00.
web-plan-bad-from = Skirbi e promé dia komo fecha.
web-plan-bad-count = Skirbi kuantu enkuentro: 1 te 200.
web-plan-bad-until = Skirbi e último dia komo fecha, denter di dos aña despues di e promé.
web-plan-bad-break = E stop di zomer mester di un promé i un último dia, e último no promé ku e promé.
web-plan-school-region = Vakansi di skol mester di un region: nort, meimei òf zùit.
web-plan-shift = { $days ->
    [-1] un dia promé
    [1] un dia despues
   *[0] manera kalkulá
}
web-plan-policy-default = standard ({ $policy ->
    [skip] no tin enkuentro
    [move] move
   *[keep] manera semper
})
web-plan-preview-title = Enkuentronan: { $count }
web-plan-line-break = { $date }: stop, no tin enkuentro
web-plan-saved = ✅ E plan ta wardá. Enkuentronan: { $count }. E partisipantenan ta tende esaki den nan idioma.
web-reports = Rapòrtnan
web-report-for = Rapòrt pa
web-report-show = Mustra
web-report-scope-g = { $name }
web-report-scope-n = { $name }, presensia ku nòmber
web-report-scope-o = { $name }, tur grupo
web-audit = Loke lidernan i koordinadónan a hasi
web-audit-who = Ken
web-audit-what = Kiko
web-new-group = Un grupo nobo
web-organisation = Organisashon
web-city = Stat
web-new-group-make = Traha e grupo
web-group-created = E grupo { $group } ta trahá. Invitá su lider aki bou.
web-report-meetings = Enkuentronan tení
web-report-activity = Kiko nos a hasi
web-audit-action = { $action ->
    [activity-recorded] a anotá kiko e grupo a hasi
    [attendance-recorded] a anotá ken a bini
    [away-set] a anotá ku un partisipante ta ausente
    [broadcast-sent] a manda un mensahe pa tur hende
    [buddy-answer] un kompañero a haña kontesta
    [buddy-proposed] a proponé un kompañero
    [call-number-shared] a kompartí un número pa yama
    [call-permission] a bisa si nan por yam'é
    [chat-link-code] a traha un kódigo pa konektá un chat
    [chat-linked] a konektá un grupo di Telegram
    [chat-unlinked] a deskonektá e grupo di Telegram
    [checkin-recorded-for] a anotá un kontesta despues di un ausensia pa un partisipante
    [consent-given] un partisipante a aseptá e mensahenan
    [data-exported] un partisipante a pidi su datonan
    [group-created] a traha e grupo
    [group-greeting] a graba un saludo
    [group-greeting-removed] a kita e saludo
    [invite-created] a traha un kódigo di invitashon
    [joined] un partisipante a drenta
    [member-moved] a move un partisipante pa otro grupo
    [member-promoted] a hasi un partisipante lider
    [member-removed] a kita un partisipante
    [member-renamed] a kambia nòmber di un partisipante
    [opted-in] un partisipante ta risibí mensahe atrobe
    [opted-out] un partisipante a stop e mensahenan
    [phone-only-added] a añadí un partisipante sin smartphone
    [relay-answered] a kontestá un partisipante
    [relayed] a pasa un mensahe
    [report-made] a traha un rapòrt
    [rsvp-recorded-for] a anotá un kontesta pa un enkuentro pa un partisipante
    [schedule-applied] a warda un plan
    [session-added] a añadí un enkuentro
    [session-cancelled] a kanselá un enkuentro
    [session-moved] a move un enkuentro
    [session-note] a pone un nota na un enkuentro
    [session-place] a kambia e lugá di un enkuentro
    [session-voice] a graba un mensahe di bos pa un enkuentro
    [session-voice-removed] a kita e mensahe di bos di un enkuentro
    [task-done] a sera un tarea
    [task-escalated] a pidi e koordinadó yudansa
    [voice-preference] un partisipante a skohe bos òf teksto
    [phone-reminders] a kambia kon ta rekordá un partisipante sin smartphone
    [vote-activity-moved] a move e aktividat di e votashon pa otro enkuentro
    [vote-recorded-for] a anotá un voto pa un partisipante
    [vote-started] a kuminsá un votashon
    [vote-tie-decided] a disidí un votashon empatá
    [web-link-sent] a pidi e página web
    [web-signed-in] a drenta e página web
    [wishes-started] a kuminsá un ronda di deseo
   *[other] { $action }
}
