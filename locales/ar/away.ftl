away-button = سأغيب
away-button-for = غياب
away-ask = ✈️ إلى متى ستغيبون؟ لن تصلكم تذكيرات حتى ذلك الحين.
away-ask-for = ✈️ إلى متى غياب { $name }؟
away-2-weeks = أسبوعان
away-1-month = شهر واحد
away-2-months = شهران
away-3-months = ثلاثة أشهر
away-a-date = تاريخ
away-back-button = عدت
away-ask-date = في أي يوم تعودون؟ مثلًا: 1 سبتمبر.
away-bad-date = لم أستطع قراءة هذا اليوم. اكتبوا اليوم والشهر، مثلًا: 1 سبتمبر.
away-set = ✈️ نتمنى لكم وقتًا طيبًا! لن تصلكم تذكيرات حتى { $until }. نتطلع إلى رؤيتكم من جديد.
away-set-for = ✈️ سُجّل: غياب { $name } حتى { $until }.
away-set-by-leader = ✈️ سجّل المسؤول عن مجموعتكم أنكم غائبون حتى { $until }. لن تصلكم تذكيرات حتى ذلك الحين. نتمنى لكم وقتًا طيبًا!
away-back-now = 🏠 أهلًا بعودتكم! ستصلكم التذكيرات من جديد.
away-back-for = 🏠 سُجّل: عودة { $name }.
member-away = ✈️ غياب { $name } حتى { $until }: لا تذكيرات حتى ذلك الحين.
member-back = 🏠 عودة { $name }.
away-until = حتى { $until }
away-welcome-back = 🌷 أهلًا بعودتكم! اشتقنا إليكم. اللقاء القادم يوم { $date }{ $place ->
        [none] {""}
       *[other] {"، "}{ $place }
    }.
away-welcome-back-none = 🌷 أهلًا بعودتكم! اشتقنا إليكم. سيخبركم المسؤول عن المجموعة عن اللقاء القادم.
