# Ang web page para sa mga coordinator at lider ng grupo
menu-web = Web page
web-link = 🖥 Ang link mo sa web page:
    { $url }
    Makakapasok ka nito nang isang beses, sa loob ng { $minutes } minuto. Huwag itong ibigay sa iba: binubuksan nito ang page bilang ikaw.
web-staff-only = Ang web page ay para sa mga lider ng grupo at mga coordinator.
web-not-running = Hindi nakabukas ang web page. Tanungin ang iyong coordinator.
web-page-title = samen
web-signin-title = Pumasok
web-signin-text = Walang password dito. Ipadala ang “web” kay samen sa Telegram o WhatsApp: makakatanggap ka ng link para makapasok. Gumagana ito nang isang beses, sa loob ng 10 minuto.
web-login-expired = Nag-expire na ang link na ito.
web-login-used = Nagamit na ang link na ito.
web-login-unknown = Hindi tama ang link na ito.
web-login-again = Ipadala ang “web” kay samen para sa bagong link.
web-signout = Lumabas
web-signed-in-as = Nakapasok bilang { $name }
web-overview = Buod
web-forbidden = Hindi mo mabubuksan ang page na ito.
web-form-expired = Nag-expire na ang form na ito. Bumalik, i-reload ang page at subukan ulit.
web-group = Grupo
web-leaders = Mga lider
web-members = Mga miyembro
web-languages = Mga wika
web-next-meeting = Susunod na pagkikita
web-no-leader = Walang lider
web-nothing-planned = Walang nakaplano
web-no-groups = Wala pang grupo.
web-language = Wika
web-needs-attention = Una para sa iyo
web-nothing-waiting = Walang naghihintay sa iyo.
web-attention-no-leader = walang lider: gawing lider ang isang miyembro, o mag-imbita ng lider.
web-attention-help = Hiling ng tulong (🆘) mula sa lider: { $count }
web-attention-tasks = Bukas na follow-up na gawain: { $count }
web-attention-stopped = Mga miyembrong huminto sa mga mensahe: { $count }
web-attendance = Pagdalo
web-came-of = { $present } sa { $expected } ang dumating
web-tasks = Bukas na gawain
web-away = Wala
web-stopped = Huminto
web-form-incomplete = Pakipunan ang lahat ng bahagi ng form.
web-card-pdf = Invitation card na ipi-print (PDF)
web-name = Pangalan
web-role = Tungkulin
web-role-participant = Kalahok
web-role-facilitator = Lider ng grupo
web-role-buddy = Kasama
web-phone-only = walang smartphone
web-away-until = wala hanggang { $date }
web-invite = Mag-imbita
web-invite-who = Sino ang iimbitahan?
web-invite-make = Gumawa ng invite code
web-meetings = Mga pagkikita
web-when = Kailan
web-place = Lugar
web-change = Baguhin
web-move-to = Ilipat sa
web-move = Ilipat
web-other-place = Ibang lugar
web-cancel-sure = oo, kanselahin
web-cancel = Kanselahin ang pagkikita
web-add-meeting = Dagdag na pagkikita
web-add = Idagdag
web-cancelled = kinansela
web-not-recorded = hindi naitala
web-nothing-yet = Wala pa.
web-wishes = Mga hiling
web-vote = Botohan
web-people = Mga tao sa grupo: { $count }
web-plan = Planuhin ang season
web-plan-when = Kailan
web-plan-weekday = Araw
web-plan-time = Oras
web-plan-every = Gaano kadalas
web-plan-every-1 = bawat linggo
web-plan-every-2 = tuwing dalawang linggo
web-plan-duration = Minuto
web-plan-from = Mula
web-plan-until = Hanggang
web-plan-count = O: ilang pagkikita
web-plan-break = Summer break
web-plan-traditions = Mga tradisyon
web-plan-region = Rehiyon ng bakasyon sa paaralan
web-plan-region-noord = Hilaga
web-plan-region-midden = Gitna
web-plan-region-zuid = Timog
web-plan-mosque = Mga petsang Islamiko, gaya ng moske
web-plan-policies = Ano ang mangyayari sa mga araw na ito
web-plan-policy-skip = walang pagkikita
web-plan-policy-move = ilipat sa susunod na bakanteng linggo
web-plan-policy-keep = pagkikita gaya ng dati
web-plan-preview = Tingnan
web-plan-save-note = Kapag sine-save, papalitan ng planong ito ang mga nakaplanong pagkikita mula sa unang araw, at malalaman ito ng bawat miyembro sa sarili niyang wika.
web-plan-save = I-save ang plano
web-plan-legend-session = pagkikita
web-plan-legend-feast = araw ng pista
web-plan-bad-weekday = Pumili ng araw ng linggo.
web-plan-bad-every = Pumili ng bawat linggo o tuwing dalawang linggo.
web-plan-bad-islamic-shift = Piliin ang araw ng moske: -1, 0 o +1.
web-plan-bad-duration = Ang pagkikita ay 15 hanggang 720 minuto.
web-plan-bad-time = Isulat ang oras gaya ng 10:00.
web-plan-bad-from = Isulat ang unang araw bilang petsa.
web-plan-bad-count = Isulat kung ilang pagkikita: 1 hanggang 200.
web-plan-bad-until = Isulat ang huling araw bilang petsa, sa loob ng dalawang taon mula sa una.
web-plan-bad-break = Ang summer break ay kailangan ng una at huling araw, ang huli ay hindi bago ang una.
web-plan-school-region = Ang bakasyon sa paaralan ay kailangan ng rehiyon: hilaga, gitna o timog.
web-plan-shift = { $days ->
    [-1] isang araw na mas maaga
    [1] isang araw na mas huli
   *[0] gaya ng kalkulasyon
}
web-plan-policy-default = default ({ $policy ->
    [skip] walang pagkikita
    [move] ilipat
   *[keep] gaya ng dati
})
web-plan-preview-title = Mga pagkikita: { $count }
web-plan-line-break = { $date }: pahinga, walang pagkikita
web-plan-saved = ✅ Na-save ang plano. Mga pagkikita: { $count }. Malalaman ito ng mga miyembro sa sarili nilang wika.
web-reports = Mga ulat
web-report-for = Ulat para sa
web-report-show = Ipakita
web-report-scope-g = { $name }
web-report-scope-n = { $name }, pagdalo ayon sa pangalan
web-report-scope-o = { $name }, lahat ng grupo
web-audit = Ang ginawa ng mga lider at coordinator
web-audit-who = Sino
web-audit-what = Ano
web-new-group = Bagong grupo
web-organisation = Organisasyon
web-city = Lungsod
web-new-group-make = Gawin ang grupo
web-group-created = Nagawa na ang grupong { $group }. Imbitahan ang lider nito sa ibaba.
web-report-meetings = Mga naganap na pagkikita
web-report-activity = Ang ginawa namin
web-audit-action = { $action ->
    [activity-recorded] itinala ang ginawa ng grupo
    [attendance-recorded] itinala kung sino ang dumating
    [away-set] itinala na wala ang isang miyembro
    [broadcast-sent] nagpadala ng mensahe sa lahat
    [buddy-answer] sinagot ang isang kaagapay
    [buddy-proposed] nagmungkahi ng kaagapay
    [call-number-shared] ibinahagi ang numero para tawagan
    [call-permission] sinabi kung puwede siyang tawagan
    [chat-link-code] gumawa ng code para ikonekta ang chat
    [chat-linked] ikinonekta ang Telegram group
    [chat-unlinked] inalis ang koneksyon ng Telegram group
    [checkin-recorded-for] itinala ang sagot pagkatapos ng pagliban para sa miyembro
    [consent-given] pumayag ang miyembro sa mga mensahe
    [data-exported] hiningi ng miyembro ang kanyang datos
    [group-created] ginawa ang grupo
    [group-greeting] nag-record ng pagbati
    [group-greeting-removed] inalis ang pagbati
    [invite-created] gumawa ng invite code
    [joined] sumali ang isang miyembro
    [member-moved] inilipat ang miyembro sa ibang grupo
    [member-promoted] ginawang lider ang miyembro
    [member-removed] inalis ang miyembro
    [member-renamed] pinalitan ang pangalan ng miyembro
    [opted-in] tumatanggap muli ng mensahe ang miyembro
    [opted-out] huminto sa mga mensahe ang miyembro
    [phone-only-added] nagdagdag ng miyembrong walang smartphone
    [relay-answered] sinagot ang miyembro
    [relayed] ipinasa ang isang mensahe
    [report-made] gumawa ng ulat
    [rsvp-recorded-for] itinala ang sagot sa pagkikita para sa miyembro
    [schedule-applied] nag-save ng plano
    [session-added] nagdagdag ng pagkikita
    [session-cancelled] kinansela ang pagkikita
    [session-moved] inilipat ang pagkikita
    [session-note] nagdagdag ng tala sa pagkikita
    [session-place] pinalitan ang lugar ng pagkikita
    [session-voice] nag-record ng voice message para sa pagkikita
    [session-voice-removed] inalis ang voice message ng pagkikita
    [task-done] isinara ang gawain
    [task-escalated] humingi ng tulong sa coordinator
    [voice-preference] pumili ang miyembro ng boses o teksto
    [phone-reminders] binago kung paano pinapaalalahanan ang miyembrong walang smartphone
    [vote-activity-moved] inilipat ang aktibidad ng botohan sa ibang pagkikita
    [vote-recorded-for] itinala ang boto para sa miyembro
    [vote-started] nagsimula ng botohan
    [vote-tie-decided] nagpasya sa tablang botohan
    [web-link-sent] humingi ng web page
    [web-signed-in] pumasok sa web page
    [wishes-started] nagsimula ng round ng mga hiling
   *[other] { $action }
}
