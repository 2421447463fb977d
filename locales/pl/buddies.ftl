# Osoby wspierające: uczestnicy, którzy chcą być w kontakcie z innym uczestnikiem.

menu-buddies = Osoby wspierające
buddy-pick = Kto zostanie osobą wspierającą? Proszę wybrać kogoś, kto zaoferował pomoc.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = Z kim ma być w kontakcie { $buddy }? Uczestnicy mówiący tym samym językiem są na początku listy.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Opiekun grupy pyta: czy { $buddy } z grupy może czasem do Pana/Pani dzwonić? { $buddy } dostanie numer tylko za zgodą.
buddy-yes = Tak, zgadzam się
buddy-no = Nie, dziękuję
buddy-thanks-yes = Dziękujemy! Osoba wspierająca będzie z Panem/Panią w kontakcie.
buddy-thanks-no = Dobrze. Nikt nie dostanie Pana/Pani numeru.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = { $member }: wysłaliśmy pytanie, czy { $buddy } może dzwonić.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } się zgadza: { $buddy } będzie teraz w kontakcie z tą osobą.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member } woli nie dostawać telefonów od osoby { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 Od teraz wspiera Pan/Pani osobę { $member }. Dziękujemy! { $phone ->
        [none] {""}
       *[other] Numer: { $phone }
    }
