/**
 * The words the Java Faker values of the JetBrains HTTP Client are made of (`{{$random.name.firstName}}`), written for
 * httplens: short English lists, enough for test data that looks like what those values look like. Country, state
 * and time zone names and codes are the standard ones.
 */

export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Alice', 'Amelia', 'Andrew', 'Anna', 'Arthur', 'Ava', 'Benjamin', 'Bella', 'Caleb', 'Carla', 'Charles', 'Chloe',
  'Daniel', 'Diana', 'Dylan', 'Edward', 'Elena', 'Eli', 'Emily', 'Ethan', 'Fiona', 'Frank', 'Grace', 'Gregory', 'Hannah', 'Henry', 'Isaac',
  'Isabel', 'Jack', 'Jasmine', 'Julian', 'Julia', 'Kevin', 'Laura', 'Leo', 'Lily', 'Lucas', 'Maria', 'Martin', 'Maya', 'Nathan', 'Nora',
  'Oliver', 'Olivia', 'Oscar', 'Paula', 'Peter', 'Quinn', 'Rachel', 'Robert', 'Rosa', 'Samuel', 'Sofia', 'Thomas', 'Vera', 'William', 'Zoe',
];

export const LAST_NAMES = [
  'Adams', 'Baker', 'Barnes', 'Bennett', 'Brooks', 'Carter', 'Clark', 'Collins', 'Cooper', 'Davis', 'Dixon', 'Edwards', 'Ellis', 'Evans',
  'Fisher', 'Foster', 'Gardner', 'Graham', 'Griffin', 'Hayes', 'Hill', 'Howard', 'Hughes', 'Jenkins', 'Johnson', 'Kelly', 'Kennedy', 'Lawson',
  'Lewis', 'Marshall', 'Mason', 'Miller', 'Mitchell', 'Morgan', 'Murphy', 'Nelson', 'Owens', 'Palmer', 'Parker', 'Perry', 'Porter', 'Powell',
  'Reed', 'Reynolds', 'Roberts', 'Russell', 'Sanders', 'Shaw', 'Spencer', 'Stewart', 'Sullivan', 'Taylor', 'Turner', 'Walker', 'Wallace',
  'Warren', 'Watson', 'Webb', 'Wells', 'Young',
];

export const NAME_PREFIXES = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.'];
export const NAME_SUFFIXES = ['Jr.', 'Sr.', 'I', 'II', 'III', 'IV', 'V', 'MD', 'DDS', 'PhD', 'DVM'];
export const TITLE_LEVELS = ['Senior', 'Lead', 'Junior', 'Principal', 'Chief', 'Associate', 'Regional', 'Global', 'Internal', 'Future'];
export const TITLE_AREAS = ['Marketing', 'Sales', 'Engineering', 'Operations', 'Finance', 'Security', 'Research', 'Design', 'Support', 'Data', 'Quality', 'Product'];
export const TITLE_JOBS = ['Manager', 'Engineer', 'Analyst', 'Consultant', 'Architect', 'Director', 'Designer', 'Specialist', 'Coordinator', 'Officer', 'Planner', 'Developer'];
export const BLOOD_GROUPS = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'];

export const CITY_PREFIXES = ['North', 'East', 'West', 'South', 'New', 'Lake', 'Port', 'Fort', 'Mount', 'Glen'];
export const CITY_SUFFIXES = ['town', 'ton', 'land', 'ville', 'berg', 'burgh', 'borough', 'bury', 'view', 'port', 'mouth', 'field', 'chester', 'haven', 'side', 'shire'];
export const STREET_SUFFIXES = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court', 'Place', 'Way', 'Boulevard', 'Terrace', 'Square', 'Parkway', 'Crescent', 'Row', 'Trail'];
export const STREET_PREFIXES = ['North', 'East', 'West', 'South', 'Old', 'Upper', 'Lower'];
export const SECONDARY_ADDRESS = ['Apt.', 'Suite'];

/** The states of the United States, with their postal abbreviations. */
export const STATES: readonly (readonly [string, string])[] = [
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'], ['Colorado', 'CO'], ['Connecticut', 'CT'],
  ['Delaware', 'DE'], ['Florida', 'FL'], ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'],
  ['Kansas', 'KS'], ['Kentucky', 'KY'], ['Louisiana', 'LA'], ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'], ['Michigan', 'MI'],
  ['Minnesota', 'MN'], ['Mississippi', 'MS'], ['Missouri', 'MO'], ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'], ['New Hampshire', 'NH'],
  ['New Jersey', 'NJ'], ['New Mexico', 'NM'], ['New York', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'],
  ['Oregon', 'OR'], ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'], ['Tennessee', 'TN'],
  ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'], ['Washington', 'WA'], ['West Virginia', 'WV'], ['Wisconsin', 'WI'],
  ['Wyoming', 'WY'],
];

/** Countries, with their ISO 3166-1 alpha-2 codes. */
export const COUNTRIES: readonly (readonly [string, string])[] = [
  ['Argentina', 'AR'], ['Australia', 'AU'], ['Austria', 'AT'], ['Belgium', 'BE'], ['Brazil', 'BR'], ['Canada', 'CA'], ['Chile', 'CL'], ['China', 'CN'],
  ['Colombia', 'CO'], ['Czechia', 'CZ'], ['Denmark', 'DK'], ['Egypt', 'EG'], ['Finland', 'FI'], ['France', 'FR'], ['Germany', 'DE'], ['Greece', 'GR'],
  ['Hungary', 'HU'], ['Iceland', 'IS'], ['India', 'IN'], ['Indonesia', 'ID'], ['Ireland', 'IE'], ['Israel', 'IL'], ['Italy', 'IT'], ['Japan', 'JP'],
  ['Kenya', 'KE'], ['Malaysia', 'MY'], ['Mexico', 'MX'], ['Morocco', 'MA'], ['Netherlands', 'NL'], ['New Zealand', 'NZ'], ['Nigeria', 'NG'],
  ['Norway', 'NO'], ['Peru', 'PE'], ['Philippines', 'PH'], ['Poland', 'PL'], ['Portugal', 'PT'], ['Romania', 'RO'], ['Singapore', 'SG'],
  ['South Africa', 'ZA'], ['South Korea', 'KR'], ['Spain', 'ES'], ['Sweden', 'SE'], ['Switzerland', 'CH'], ['Thailand', 'TH'], ['Turkey', 'TR'],
  ['Ukraine', 'UA'], ['United Kingdom', 'GB'], ['United States', 'US'], ['Uruguay', 'UY'], ['Vietnam', 'VN'],
];

export const TIME_ZONES = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo', 'America/Toronto', 'Europe/London',
  'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Warsaw', 'Africa/Cairo', 'Africa/Nairobi', 'Asia/Dubai', 'Asia/Kolkata',
  'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland',
];

export const DOMAIN_SUFFIXES = ['com', 'net', 'org', 'io', 'info', 'biz', 'co'];
export const SAFE_EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
];

export const COMPANY_SUFFIXES = ['Inc', 'LLC', 'Group', 'and Sons', 'Ltd', 'Partners', 'Holdings'];
export const INDUSTRIES = [
  'Accounting', 'Airlines', 'Architecture', 'Automotive', 'Banking', 'Biotechnology', 'Chemicals', 'Computer Software', 'Construction',
  'Consumer Electronics', 'Education', 'Energy', 'Entertainment', 'Farming', 'Food Production', 'Government', 'Health Care', 'Hospitality',
  'Insurance', 'Legal Services', 'Logistics', 'Media', 'Mining', 'Pharmaceuticals', 'Real Estate', 'Retail', 'Shipbuilding', 'Telecommunications',
  'Textiles', 'Utilities',
];
export const PROFESSIONS = [
  'teacher', 'nurse', 'engineer', 'pilot', 'chef', 'carpenter', 'accountant', 'architect', 'librarian', 'pharmacist', 'electrician', 'dentist',
  'journalist', 'lawyer', 'mechanic', 'plumber', 'photographer', 'translator', 'veterinarian', 'designer',
];
export const BUZZ_ADJECTIVES = [
  'adaptive', 'automated', 'balanced', 'centralized', 'configurable', 'cross-platform', 'decentralized', 'distributed', 'dynamic', 'extended',
  'flexible', 'integrated', 'modular', 'multi-layered', 'optimized', 'proactive', 'reactive', 'robust', 'scalable', 'seamless', 'streamlined',
  'synchronized', 'user-centric', 'virtual',
];
export const BUZZ_NOUNS = [
  'architecture', 'benchmark', 'capability', 'database', 'encryption', 'framework', 'hierarchy', 'infrastructure', 'interface', 'middleware',
  'model', 'paradigm', 'platform', 'portal', 'protocol', 'service-desk', 'solution', 'strategy', 'synergy', 'throughput', 'toolset', 'workforce',
];
export const BS_VERBS = ['aggregate', 'deploy', 'empower', 'enable', 'engineer', 'integrate', 'leverage', 'monetize', 'orchestrate', 'reinvent', 'scale', 'streamline', 'synthesize', 'unify'];
export const BS_ADJECTIVES = ['best-of-breed', 'cutting-edge', 'end-to-end', 'frictionless', 'global', 'holistic', 'mission-critical', 'next-generation', 'real-time', 'turn-key', 'web-enabled', 'world-class'];
export const BS_NOUNS = ['applications', 'channels', 'communities', 'deliverables', 'e-markets', 'experiences', 'infrastructures', 'markets', 'metrics', 'networks', 'platforms', 'solutions', 'supply-chains', 'systems'];

/** Words of the Lorem ipsum placeholder text. */
export const LOREM_WORDS = [
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do', 'eiusmod', 'tempor', 'incididunt', 'ut', 'labore',
  'et', 'dolore', 'magna', 'aliqua', 'enim', 'ad', 'minim', 'veniam', 'quis', 'nostrud', 'exercitation', 'ullamco', 'laboris', 'nisi', 'aliquip',
  'ex', 'ea', 'commodo', 'consequat', 'duis', 'aute', 'irure', 'in', 'reprehenderit', 'voluptate', 'velit', 'esse', 'cillum', 'eu', 'fugiat',
  'nulla', 'pariatur', 'excepteur', 'sint', 'occaecat', 'cupidatat', 'non', 'proident', 'sunt', 'culpa', 'qui', 'officia', 'deserunt', 'mollit',
  'anim', 'id', 'est', 'laborum',
];

export const COLOR_NAMES = [
  'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'pink', 'brown', 'black', 'white', 'gray', 'cyan', 'magenta', 'lime', 'maroon', 'navy',
  'olive', 'teal', 'violet', 'indigo', 'gold', 'silver', 'turquoise', 'salmon', 'plum', 'orchid', 'tan', 'ivory', 'lavender', 'mint green',
];

export const DEPARTMENTS = ['Books', 'Movies', 'Music', 'Games', 'Electronics', 'Computers', 'Home', 'Garden', 'Tools', 'Grocery', 'Health', 'Beauty', 'Toys', 'Kids', 'Baby', 'Clothing', 'Shoes', 'Jewelry', 'Sports', 'Outdoors', 'Automotive', 'Industrial'];
export const PRODUCT_ADJECTIVES = ['Small', 'Ergonomic', 'Rustic', 'Intelligent', 'Gorgeous', 'Incredible', 'Fantastic', 'Practical', 'Sleek', 'Awesome', 'Enormous', 'Mediocre', 'Synergistic', 'Heavy Duty', 'Lightweight', 'Durable'];
export const MATERIALS = ['Steel', 'Wooden', 'Concrete', 'Plastic', 'Cotton', 'Granite', 'Rubber', 'Leather', 'Silk', 'Wool', 'Linen', 'Marble', 'Iron', 'Bronze', 'Copper', 'Aluminum', 'Paper', 'Glass'];
export const PRODUCTS = ['Chair', 'Car', 'Computer', 'Gloves', 'Pants', 'Shirt', 'Table', 'Shoes', 'Hat', 'Plate', 'Knife', 'Bottle', 'Coat', 'Lamp', 'Keyboard', 'Bag', 'Bench', 'Clock', 'Watch', 'Wallet'];
export const PROMOTION_ADJECTIVES = ['Amazing', 'Awesome', 'Cool', 'Good', 'Great', 'Incredible', 'Killer', 'Premium', 'Special', 'Stellar', 'Sweet'];
export const PROMOTION_NOUNS = ['Sale', 'Deal', 'Discount', 'Price', 'Promo', 'Savings', 'Offer'];

export const CREDIT_CARD_TYPES = ['visa', 'mastercard', 'american_express', 'discover', 'diners_club', 'jcb', 'switch', 'solo', 'dankort', 'maestro', 'forbrugsforeningen', 'laser'];

export const UNIVERSITY_PREFIXES = ['The', 'Northern', 'North', 'Western', 'West', 'Southern', 'South', 'Eastern', 'East'];
export const UNIVERSITY_SUFFIXES = ['University', 'Institute', 'College', 'Academy'];
export const COURSE_TYPES = ['Associate Degree in', 'Bachelor of', 'Master of', 'Doctor of', 'Graduate Certificate in', 'Diploma of'];
export const SUBJECTS = ['Arts', 'Science', 'Engineering', 'Business', 'Economics', 'Law', 'Medicine', 'Nursing', 'Music', 'Education', 'Architecture', 'Chemistry', 'Physics', 'Mathematics', 'History', 'Philosophy', 'Computer Science'];
export const SCHOOL_SUFFIXES = ['High School', 'Secondary College', 'Grammar School', 'Academy'];
export const CAMPUS_SUFFIXES = ['Campus'];

export const HACKER_ABBREVIATIONS = ['TCP', 'HTTP', 'SDD', 'RAM', 'GB', 'CSS', 'SSL', 'AGP', 'SQL', 'FTP', 'PCI', 'AI', 'ADP', 'RSS', 'XML', 'EXE', 'COM', 'HDD', 'THX', 'SMTP', 'SMS', 'USB', 'PNG', 'SAS', 'IB', 'SCSI', 'JSON', 'XSS', 'JBOD'];
export const HACKER_ADJECTIVES = ['auxiliary', 'primary', 'back-end', 'digital', 'open-source', 'virtual', 'cross-platform', 'redundant', 'online', 'haptic', 'multi-byte', 'bluetooth', 'wireless', '1080p', 'neural', 'optical', 'solid state', 'mobile'];
export const HACKER_NOUNS = ['driver', 'protocol', 'bandwidth', 'panel', 'microchip', 'program', 'port', 'card', 'array', 'interface', 'system', 'sensor', 'firewall', 'hard drive', 'pixel', 'alarm', 'feed', 'monitor', 'application', 'transmitter', 'bus', 'circuit', 'capacitor', 'matrix'];
export const HACKER_VERBS = ['back up', 'bypass', 'hack', 'override', 'compress', 'copy', 'navigate', 'index', 'connect', 'generate', 'quantify', 'calculate', 'synthesize', 'input', 'transmit', 'program', 'reboot', 'parse'];
export const HACKER_INGVERBS = ['backing up', 'bypassing', 'hacking', 'overriding', 'compressing', 'copying', 'navigating', 'indexing', 'connecting', 'generating', 'quantifying', 'calculating', 'synthesizing', 'transmitting', 'programming', 'parsing'];

export const TEAM_CREATURES = ['ants', 'bats', 'bears', 'bees', 'birds', 'buffalo', 'cats', 'chickens', 'cattle', 'dogs', 'dolphins', 'ducks', 'elephants', 'fishes', 'foxes', 'frogs', 'geese', 'goats', 'horses', 'kangaroos', 'lions', 'monkeys', 'owls', 'oxen', 'penguins', 'people', 'pigs', 'rabbits', 'sheep', 'tigers', 'whales', 'wolves', 'zebras', 'witches', 'wizards', 'dragons'];
export const SPORTS = ['baseball', 'basketball', 'football', 'hockey', 'rugby', 'lacrosse', 'soccer', 'volleyball', 'cricket', 'handball', 'water polo', 'curling'];

export const HERO_PREFIXES = ['The', 'Magnificent', 'Ultra', 'Supah', 'Illustrious', 'Agent', 'Cyborg', 'Dark', 'Giant', 'Mr', 'Doctor', 'Red', 'Green', 'General', 'Captain'];
export const HERO_DESCRIPTORS = ['Iron', 'Atomic', 'Bullet', 'Shadow', 'Silver', 'Thunder', 'Crimson', 'Cosmic', 'Steel', 'Night', 'Storm', 'Quantum', 'Phantom', 'Blaze', 'Frost', 'Star'];
export const HERO_SUFFIXES = ['I', 'II', 'Man', 'Woman', 'Hawk', 'Knight', 'Lord', 'Claw', 'Girl', 'Boy', 'Fist', 'Bolt', 'Wing', 'Eye', 'Spider', 'Fire'];
export const HERO_POWERS = [
  'Flight', 'Super Strength', 'Invisibility', 'Telepathy', 'Teleportation', 'Super Speed', 'Shape Shifting', 'Time Travel', 'Force Fields',
  'Weather Control', 'Healing Factor', 'Night Vision', 'Elasticity', 'Intangibility', 'Energy Blasts', 'Magnetism', 'Sonic Scream', 'Precognition',
];

export const BEER_STYLES = ['Pale Ale', 'India Pale Ale', 'Stout', 'Porter', 'Pilsner', 'Lager', 'Bock', 'Wheat Beer', 'Saison', 'Sour Ale', 'Brown Ale', 'Amber Ale', 'Barley Wine', 'Kolsch', 'Dubbel', 'Tripel'];
export const BEER_HOPS = ['Cascade', 'Centennial', 'Chinook', 'Citra', 'Columbus', 'Fuggle', 'Galena', 'Hallertau', 'Magnum', 'Mosaic', 'Nugget', 'Perle', 'Saaz', 'Simcoe', 'Tettnang', 'Willamette'];
export const BEER_YEASTS = ['1056 - American Ale', '1084 - Irish Ale', '1098 - British Ale', '2124 - Bohemian Lager', '3068 - Weihenstephan Weizen', '3724 - Belgian Saison', '1968 - London ESB Ale', '2206 - Bavarian Lager'];
export const BEER_MALTS = ['Pilsner', 'Pale', 'Munich', 'Vienna', 'Crystal', 'Chocolate', 'Black', 'Roasted barley', 'Wheat', 'Rye', 'Caramel', 'Biscuit', 'Victory', 'Special roast'];
export const BEER_NAMES = ['Old Anchor', 'Night Shift', 'Golden Hour', 'Harbour Light', 'Red Barn', 'Hop Garden', 'Stone Bridge', 'Long Winter', 'River Bend', 'Copper Kettle', 'Foggy Morning', 'Last Orders'];

/** Facts in the genre, about HTTP. */
export const CHUCK_NORRIS_FACTS = [
  'Chuck Norris parses HTML with a regular expression.',
  'Chuck Norris never gets a 404. The page appears.',
  'Chuck Norris sends a response before the request.',
  'Chuck Norris caches POST responses, and they stay fresh.',
  'Chuck Norris needs no Content-Length. The body knows where to stop.',
  'Servers answer Chuck Norris with 200 OK, whatever he asked.',
  'Chuck Norris sets max-age to infinity.',
  'Chuck Norris does not follow redirects. Redirects follow Chuck Norris.',
  'When Chuck Norris sends Connection: close, the connection closes itself and apologises.',
  'Chuck Norris reads HTTP/2 frames by eye.',
];

/** Lines of the plays (public domain). */
export const HAMLET_QUOTES = [
  'To be, or not to be: that is the question.',
  'Neither a borrower nor a lender be.',
  'This above all: to thine own self be true.',
  'Brevity is the soul of wit.',
  'There are more things in heaven and earth, Horatio, than are dreamt of in your philosophy.',
  'Something is rotten in the state of Denmark.',
];
export const AS_YOU_LIKE_IT_QUOTES = [
  "All the world's a stage, and all the men and women merely players.",
  'The fool doth think he is wise, but the wise man knows himself to be a fool.',
  'Can one desire too much of a good thing?',
  'Men have died from time to time, and worms have eaten them, but not for love.',
];
export const KING_RICHARD_III_QUOTES = [
  'Now is the winter of our discontent made glorious summer by this sun of York.',
  'A horse! a horse! my kingdom for a horse!',
  'So wise so young, they say, do never live long.',
  'Off with his head!',
];
export const ROMEO_AND_JULIET_QUOTES = [
  "What's in a name? That which we call a rose by any other name would smell as sweet.",
  'Parting is such sweet sorrow.',
  'O Romeo, Romeo! wherefore art thou Romeo?',
  'These violent delights have violent ends.',
];
