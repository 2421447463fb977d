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
