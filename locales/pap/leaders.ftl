for-group = 👥 { $group }
group-no-leader = ⚠️ { $group } no tin guia di grupo awor. Te ora cu e tin un, loke e guia lo a haya ta yega na bo, cu e nomber di e grupo ariba.
group-make-leader = Skohe guia
group-invite-leader = Invitá guia
leader-pick = Ken lo guia { $group }?
leader-pick-nobody = { $group } no tin miembro cu smartphone ainda. Invitá un guia nobo en bes.
invite-created-leader = Code pa un guia nobo di { $group }: { $code }
    Mand'é pa e guia nobo. E ta funshoná te { $expires }, pa un persona.
leader-welcome = ⭐ Bon bini, guia di grupo di { $group }!
    • Mensahenan di bo miembronan ta yega aki: primi ↩ Kontestá pa kontestá.
    • Manda "menu" pa miembronan, reunionnan, deseonan i mensahe na e grupo.
    • 🗒 Un tarea (yama un hende) ta bini cu botonnan: primi con e la bai.
task-escalated = 🆘 Pasá pa e koordinadó. Masha danki.
task-help-needed = 🆘 { $leader } mester yudansa cu { $name } ({ $group }). { $reason ->
        [unwell] { $name } no ta sinti su bon.
        [no-answer] { $name } no a kontestá despues cu e no a bin un reunion.
        [missed] { $name } no tin smartphone i no a bini na un reunion.
       *[call-me] { $name } a pidi pa yam'é.
    } Tuma contacto cu { $leader } por fabor. Con e la bai?
call-nobody = Bo grupo no tin guia awor. Bo pidimentu ta warda: e guia nobo lo mir'é.
member-stopped = 🔕 { $name } a bisa stòp i no ta risibí mensahe di samen mas. Yama { $name } si bo ke sa pakiko.
member-resumed = 🔔 { $name } ta risibí mensahe atrobe.
call-these = 📞 Yama { $count ->
        [one] e miembro aki
       *[other] e miembronan aki
    } pa pasa esaki (📵 sin smartphone, ⏳ WhatsApp ta tene e mensahenan te ora cu nan skirbi):
    { $lines }
grp-new = Grupo nobo
grp-ask-name = ➕ Un grupo nobo. Con e ta yama? Por ehempel: Koffie Oost.
grp-name-taken = Tin un grupo caba cu yama { $group }. Skohe un otro nomber por fabor.
grp-ask-language = Den ki idioma e miembronan di { $group } ta papia mas cu otro?
grp-ask-city = Den ki stad of bario e grupo ta reuní? Of primi Salta.
grp-ask-region = Pa e vakansi di scol: den ki region e grupo ta?
grp-region-noord = Nort
grp-region-midden = Meimei
grp-region-zuid = Zuid
grp-created = ✅ E grupo { $group } ta kla. Invitá su guia awor: e ta haña un code pa un persona.
grp-open-menu = Menu di grupo
grp-skip = Salta
