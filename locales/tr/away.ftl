away-button = Uzaktayım
away-button-for = Uzakta
away-ask = ✈️ Ne zamana kadar uzaktasınız? O zamana kadar hatırlatma almazsınız.
away-ask-for = ✈️ { $name } ne zamana kadar uzakta?
away-2-weeks = 2 hafta
away-1-month = 1 ay
away-2-months = 2 ay
away-3-months = 3 ay
away-a-date = Bir tarih
away-back-button = Döndüm
away-ask-date = Hangi gün dönüyorsunuz? Örneğin: 1 eylül.
away-bad-date = Bu günü okuyamadım. Günü ve ayı yazın, örneğin: 1 eylül.
away-set = ✈️ İyi vakit geçirin! { $until } tarihine kadar hatırlatma almazsınız. Sizi yeniden görmeyi dört gözle bekliyoruz.
away-set-for = ✈️ Not edildi: { $name } { $until } tarihine kadar uzakta.
away-set-by-leader = ✈️ Grup sorumlunuz { $until } tarihine kadar uzakta olduğunuzu not etti. O zamana kadar hatırlatma almazsınız. İyi vakit geçirin!
away-back-now = 🏠 Tekrar hoş geldiniz! Hatırlatmaları yeniden alacaksınız.
away-back-for = 🏠 Not edildi: { $name } döndü.
member-away = ✈️ { $name } { $until } tarihine kadar uzakta: o zamana kadar hatırlatma yok.
member-back = 🏠 { $name } döndü.
away-until = { $until } tarihine kadar
away-welcome-back = 🌷 Tekrar hoş geldiniz! Sizi özledik. Bir sonraki buluşma: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 Tekrar hoş geldiniz! Sizi özledik. Grup sorumlunuz bir sonraki buluşmayı size söyleyecek.
