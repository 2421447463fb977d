# Destek arkadaşları: başka bir üyeyle iletişimde kalmayı teklif eden katılımcılar.

menu-buddies = Destek arkadaşı
buddy-pick = Kim destek arkadaşı olacak? Yardım etmeyi teklif eden birini seçin.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = { $buddy } kiminle iletişimde kalsın? Aynı dili konuşan üyeler en üstte.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Grup sorumlunuz soruyor: gruptan { $buddy } sizi ara sıra arayabilir mi? { $buddy } numaranızı sadece siz evet derseniz alır.
buddy-yes = Evet, olur
buddy-no = Hayır, sağ olun
buddy-thanks-yes = Teşekkür ederiz! Destek arkadaşınız sizinle iletişimde kalacak.
buddy-thanks-no = Peki. Numaranız kimseye verilmeyecek.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = { $member } adlı üyeye sorduk: { $buddy } arayabilir mi?
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } kabul etti: { $buddy } artık onun destek arkadaşı.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member }, { $buddy } tarafından aranmamayı tercih ediyor.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 Artık { $member } için destek arkadaşısınız. Teşekkür ederiz! { $phone ->
        [none] {""}
       *[other] Numara: { $phone }
    }
