"""Name pools for the demo organisation: many languages and scripts, as a real roster has."""

from __future__ import annotations

# (weight, given names, family names, language)
NAME_POOLS: tuple[tuple[int, tuple[str, ...], tuple[str, ...], str], ...] = (
    (30, ("James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Elizabeth", "Emily",
          "Daniel", "Sarah", "Jordan", "Taylor", "Chris", "Ashley", "Brandon", "Megan", "Tyrone",
          "Keisha", "Darnell", "Jasmine", "Ethan", "Olivia", "Noah", "Ava"),
     ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
      "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Robinson", "Clark", "Lewis",
      "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green"), "en"),
    (18, ("José", "María", "Juan", "Lucía", "Andrés", "Sofía", "Jesús", "Camila", "Martín", "Valentina",
          "Ramón", "Inés", "Raúl", "Mónica", "Óscar", "Verónica", "Héctor", "Guadalupe", "Joaquín", "Begoña"),
     ("García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
      "Ramírez", "Núñez", "Peña", "Muñoz", "Jiménez", "Álvarez", "Gutiérrez", "Díaz", "Ibáñez",
      "Ortiz", "Castañeda", "De la Cruz"), "es"),
    (6, ("Anh", "Minh", "Thảo", "Hùng", "Lan", "Phương", "Quốc", "Ngọc", "Tuấn", "Hương"),
     ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"), "vi"),
    (5, ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋"),
     ("王", "李", "张", "刘", "陈", "杨", "黄", "赵"), "zh"),
    (3, ("민준", "서연", "지호", "하은", "도윤", "수아"), ("김", "이", "박", "최", "정"), "ko"),
    (5, ("محمد", "فاطمة", "أحمد", "مريم", "علي", "ليلى", "يوسف", "نور"),
     ("الحسن", "منصور", "خليل", "حداد", "سعيد", "نصر"), "ar"),
    (4, ("Abdi", "Hodan", "Faadumo", "Mahad", "Ayaan", "Warsame", "Ifrah", "Guled"),
     ("Warsame", "Farah", "Hassan", "Abdullahi", "Jama", "Osman"), "so"),
    (3, ("Иван", "Ольга", "Дмитрий", "Наталья", "Сергей", "Анна"),
     ("Петров", "Иванова", "Смирнов", "Кузнецова", "Попов"), "ru"),
    (2, ("Γιώργος", "Μαρία", "Νίκος", "Ελένη"), ("Παπαδόπουλος", "Γεωργίου", "Οικονόμου"), "el"),
    (3, ("प्रिया", "राहुल", "अनीता", "संजय", "दीपा"), ("शर्मा", "पटेल", "सिंह", "गुप्ता"), "hi"),
    (4, ("Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Zoë", "Chloé", "François", "Hélène",
         "Şebnem", "Çağrı", "Björn", "Søren"),
     ("Wójcik", "Kowalczyk", "Dubois-Lefèvre", "Müller", "Yıldız", "Öztürk", "Ångström", "Nørgaard"), "pl"),
    (3, ("Siobhán", "Seán", "Niamh", "Pádraig", "Anne-Marie", "Mary-Kate"),
     ("O'Brien", "O'Connor", "MacDonald", "Ní Bhriain", "D'Angelo", "Smith-Jones"), "en"),
)

STREETS: tuple[str, ...] = (
    "Elm Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "Riverside Road", "Pine Street",
    "Washington Avenue", "Lincoln Street", "Calle Flores", "Avenida Juárez", "Lakeview Terrace",
    "Mill Road", "Church Street", "Park Place", "Hillcrest Drive", "Sunset Boulevard",
    "Willow Way", "Birch Court", "Chestnut Street", "Orchard Lane", "Harbor View", "Market Street",
    "King Street", "Queen Street", "Station Road", "Meadow Lane", "Brookside Drive",
    "Highland Avenue", "Jefferson Street", "Franklin Avenue",
)

THEMES: tuple[str, ...] = (
    "Parks & green space", "Traffic safety", "Housing costs", "Youth programs", "Street lighting",
    "Library hours", "Public transit", "Small business", "Flooding", "Noise", "Safety",
    "Seniors", "Accessibility", "Schools",
)

NOTE_TEXTS: dict[str, tuple[str, ...]] = {
    "comment": ("The crosswalk on Elm is dangerous at school pick-up time.",
                "We need more benches along the river path.",
                "Rents went up 20% on our block this year.",
                "The community garden has a two-year waiting list."),
    "question": ("When will the park renovation start?", "Who decides where the new bus stop goes?",
                 "Is there funding for after-school programs next year?"),
    "concern": ("Flooding on Calle Flores after every storm.", "Speeding on Maple Drive at night.",
                "Older neighbours can't reach the library since the bus route changed."),
    "idea": ("Monthly clean-up day with the high school.", "A tool library in the old fire station.",
             "Bilingual signs at the health clinic."),
    "quote": ("This is the first time I've felt the city is listening.",
              "My kids deserve a safe way to walk to school.",
              "We built this neighbourhood; we should have a say in it."),
    "decision": ("The group will ask the council for a traffic study on Elm Street.",
                 "Next meeting moves to the library community room."),
    "action": ("Draft a letter to the council about the crosswalk.",
               "Collect quotes for new benches.", "Invite the transit authority to next meeting."),
}
