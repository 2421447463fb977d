away-button = Wala ako
away-button-for = Wala
away-ask = ✈️ Hanggang kailan kayo wala? Hanggang doon, walang paalala.
away-ask-for = ✈️ Hanggang kailan wala si { $name }?
away-2-weeks = 2 linggo
away-1-month = 1 buwan
away-2-months = 2 buwan
away-3-months = 3 buwan
away-a-date = Isang petsa
away-back-button = Nakabalik na ako
away-ask-date = Anong araw kayo babalik? Halimbawa: 1 Setyembre.
away-bad-date = Hindi ko nabasa ang araw na iyan. Isulat ang araw at buwan, halimbawa: 1 Setyembre.
away-set = ✈️ Mag-ingat po kayo! Hanggang { $until }, wala kayong matatanggap na paalala. Hihintayin namin kayo.
away-set-for = ✈️ Naitala: wala si { $name } hanggang { $until }.
away-set-by-leader = ✈️ Naitala ng inyong lider na wala kayo hanggang { $until }. Hanggang doon, walang paalala. Mag-ingat po kayo!
away-back-now = 🏠 Maligayang pagbabalik! Makakatanggap na ulit kayo ng paalala.
away-back-for = 🏠 Naitala: nakabalik na si { $name }.
member-away = ✈️ Wala si { $name } hanggang { $until }: walang paalala hanggang doon.
member-back = 🏠 Nakabalik na si { $name }.
away-until = hanggang { $until }
away-welcome-back = 🌷 Maligayang pagbabalik! Na-miss namin kayo. Ang susunod na pagkikita ay sa { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 Maligayang pagbabalik! Na-miss namin kayo. Sasabihin ng inyong lider ang susunod na pagkikita.
