for-group = 👥 { $group }
group-no-leader = ⚠️ Walang lider ngayon ang { $group }. Hangga't wala pa, sa inyo darating ang para sa lider, may pangalan ng grupo sa itaas.
group-make-leader = Gawing lider
group-invite-leader = Bagong lider
leader-pick = Sino ang mamumuno sa { $group }?
leader-pick-nobody = Wala pang miyembro ng { $group } na may smartphone. Mag-imbita na lang ng bagong lider.
invite-created-leader = Code para sa bagong lider ng { $group }: { $code }
    Ipadala ito sa bagong lider. Gagana ito hanggang { $expires }, para sa isang tao.
leader-welcome = ⭐ Maligayang pagdating, lider ng { $group }!
    • Dito dumarating ang mensahe ng inyong mga miyembro: pindutin ang ↩ Sumagot para sumagot.
    • Ipadala ang "menu" para sa mga miyembro, pagkikita, mga gusto at mensahe sa grupo.
    • 🗒 May mga button ang isang gawain (tawagan ang isang tao): pindutin kung paano ito naging.
task-escalated = 🆘 Naipasa na sa koordinator. Salamat po.
task-help-needed = 🆘 Kailangan ni { $leader } ng tulong para kay { $name } ({ $group }). { $reason ->
        [unwell] Hindi mabuti ang pakiramdam ni { $name }.
        [no-answer] Hindi sumagot si { $name } matapos hindi makadalo sa pagkikita.
        [missed] Walang smartphone si { $name } at hindi nakadalo sa isang pagkikita.
       *[call-me] Gusto ni { $name } na tawagan siya.
    } Pakikontak si { $leader }. Kumusta ang nangyari?
call-nobody = Walang lider ang inyong grupo ngayon. Nakatabi ang inyong hiling: makikita ito ng bagong lider.
member-stopped = 🔕 Nag-stop si { $name } at wala na siyang matatanggap na mensahe mula sa samen. Tawagan si { $name } kung gusto ninyong malaman kung bakit.
member-resumed = 🔔 Tumatanggap na ulit ng mensahe si { $name }.
call-these = 📞 Pakitawagan { $count ->
        [one] ang miyembrong ito
       *[other] ang mga miyembrong ito
    } para maipasa ito (📵 walang smartphone, ⏳ hinahawakan ng WhatsApp ang mensahe hanggang sila ang sumulat):
    { $lines }
grp-new = Bagong grupo
grp-ask-name = ➕ Isang bagong grupo. Ano ang pangalan nito? Halimbawa: Koffie Oost.
grp-name-taken = May grupo nang { $group } ang pangalan. Pumili po ng ibang pangalan.
grp-ask-language = Anong wika ang pinakamadalas gamitin ng mga miyembro ng { $group } sa isa't isa?
grp-ask-city = Saang lungsod o lugar nagkikita ang grupo? O pindutin ang Laktawan.
grp-ask-region = Para sa bakasyon sa paaralan: saang rehiyon ang grupo?
grp-region-noord = Hilaga
grp-region-midden = Gitna
grp-region-zuid = Timog
grp-created = ✅ Handa na ang grupong { $group }. Imbitahin na ang lider nito: makakatanggap siya ng code para sa isang tao.
grp-open-menu = Menu ng grupo
grp-skip = Laktawan
