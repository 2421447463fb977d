away-button = Wyjeżdżam
away-button-for = Nieobecność
away-ask = ✈️ Do kiedy Pana/Pani nie będzie? Do tego dnia nie będzie przypomnień.
away-ask-for = ✈️ Do kiedy nie będzie: { $name }?
away-2-weeks = 2 tygodnie
away-1-month = 1 miesiąc
away-2-months = 2 miesiące
away-3-months = 3 miesiące
away-a-date = Data
away-back-button = Już jestem
away-ask-date = Którego dnia Pan/Pani wraca? Na przykład: 1 września.
away-bad-date = Nie rozumiem tej daty. Proszę napisać dzień i miesiąc, na przykład: 1 września.
away-set = ✈️ Miłego czasu! Do { $until } nie będzie przypomnień. Czekamy na Pana/Panią.
away-set-for = ✈️ Zapisano: { $name } nie będzie do { $until }.
away-set-by-leader = ✈️ Opiekun grupy zapisał, że nie będzie Pana/Pani do { $until }. Do tego dnia nie będzie przypomnień. Miłego czasu!
away-back-now = 🏠 Witamy z powrotem! Przypomnienia znów będą przychodzić.
away-back-for = 🏠 Zapisano: { $name } wrócił(a).
member-away = ✈️ { $name }: nieobecność do { $until }, do tego dnia bez przypomnień.
member-back = 🏠 { $name } wrócił(a).
away-until = do { $until }
away-welcome-back = 🌷 Witamy z powrotem! Tęskniliśmy. Następne spotkanie: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 Witamy z powrotem! Tęskniliśmy. Opiekun grupy powie o następnym spotkaniu.
