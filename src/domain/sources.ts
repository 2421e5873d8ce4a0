/**
 * The public sources behind the defaults and the rules (DOMAIN.md §7), by id.
 * Titles are bibliographic facts, kept in their original language.
 */
export interface Source {
  title: string;
  urls: readonly string[];
}

export const SOURCES = {
  S1: {
    title:
      'OpenLearn, Developing business ideas for drone technologies, §1.2 Customer relationships',
    urls: ['https://www.open.edu/openlearn/mod/oucontent/view.php?id=145915&section=2.2'],
  },
  S2: {
    title: 'OpenLearn, Developing business ideas for drone technologies, §1.3 Channels',
    urls: ['https://www.open.edu/openlearn/mod/oucontent/view.php?id=145915&section=2.3'],
  },
  S3: {
    title: 'Business Model Generation, Customer Relationships (as reproduced)',
    urls: [
      'https://tedianto.wordpress.com/2013/07/25/customer-relationships/',
      'http://sashankexpresstech.blogspot.com/2017/01/business-model-canvas-building-blocks_55.html',
    ],
  },
  S4: {
    title: 'Strategyzer knowledge base: Customer Relationships building block',
    urls: [
      'https://strategyzer.uservoice.com/knowledgebase/articles/1194373-how-do-i-use-the-customer-relationships-building-b',
    ],
  },
  S5: {
    title: 'Channel phases and questions; margin vs reach',
    urls: [
      'http://startup-bits.de/business-model-canvas-channels/',
      'http://www.texasflooringdistributors.com/?page_id=102',
      'https://stacdek.com/course-contents/channels',
    ],
  },
  S6: {
    title: 'Osterwalder & Pigneur, Business Model Generation, pp. 98–99 (Skype)',
    urls: [
      'https://relayto.com/explore/business-model-generation-flipbook-r2k3tfx35p0cg/a6Rr4v1p104',
      'https://relayto.com/explore/business-model-generation-flipbook-r2k3tfx35p0cg/siL5zard105',
      'https://digilib.universitaspertamina.ac.id/ebook/Business%20model%20generation/files/basic-html/page104.html',
    ],
  },
  S7: {
    title: 'Business Model Generation, p. 72 (LEGO Factory long tail)',
    urls: [
      'https://relayto.com/relayto/business-model-generation-flipbook-r2k3tfx35p0cg/eQ9xI9oV78',
      'https://digilib.universitaspertamina.ac.id/ebook/Business%20model%20generation/files/basic-html/page78.html',
    ],
  },
  S8: {
    title: 'Business Model Generation, Unbundling pattern (Hagel & Singer)',
    urls: [
      'https://trantor.is/content/hdF46y0GZcrIVLkw/Text/ch02_1.xhtml',
      'https://www.scribd.com/document/274843721/Business-Model-Canvas-Patterns-Notes',
    ],
  },
  S9: {
    title: 'Steve Blank, Lean LaunchPad Lecture 5 "Customer Relationships"',
    urls: [
      'https://pt.slideshare.net/GelmelinaLeaLepitenH/lecture-5-customer-relationshipspptx',
      'https://slideplayer.com./slide/13051251',
    ],
  },
  S10: {
    title: 'Steve Blank, "Revenue Relationships" transcripts',
    urls: [
      'https://www.bizplan.com/library/videos/series/revenue-relationships',
      'https://www.startups.com/library/videos/series/revenue-relationships?track=3',
      'https://www.startups.com/library/videos/series/revenue-relationships?track=5',
    ],
  },
  S11: {
    title: 'Steve Blank, Udacity "How to Build a Startup" transcript',
    urls: ['https://amara.org/en/videos/g7VLZviJdZqT/en/182336/'],
  },
  S12: {
    title: 'Blank & Dorf, "How a Lean Startup Can Keep Customers"',
    urls: [
      'https://www.entrepreneur.com/growing-a-business/how-a-lean-startup-can-keep-customers/223826',
    ],
  },
  S13: {
    title: "Course notes on Blank's Customer Relationships",
    urls: [
      'https://learnius.com/eitt/10+Customer+Relationship/Sections/Demand+Creation+and+Acquisition',
      'https://learnius.com/eitt/10+Customer+Relationship/Sections/Increasing+Lifetime+Value',
    ],
  },
  S14: {
    title: 'David Skok, SaaS Metrics 2.0 (as summarised)',
    urls: [
      'https://codex.iamkesava.com/ins/ins_ltv-cac-ratio-and-cash-flow-trough/',
      'https://echai.ventures/startingup/from/for-entrepreneurs',
    ],
  },
  S15: {
    title: 'CAC payback and LTV definitions',
    urls: [
      'https://metrickittools.com/glossary/payback-months',
      'https://churnzero.com/churnopedia/customer-acquisition-cost-cac-recovering/',
      'https://pug.sh/learn/ltv-cac-ratio',
      'https://corporatefinanceinstitute.com/resources/valuation/months-to-recover-cac/',
    ],
  },
  S16: {
    title: 'Gupta & Lehmann simplified customer lifetime value',
    urls: [
      'https://valuetoolkit.blogspot.com/p/customer-lifetime-value-clv.html',
      'https://ealhamed.github.io/frameworks-library/ms/m02.html',
    ],
  },
  S17: {
    title: 'Gartner 2019: cost of live vs self-service contacts',
    urls: [
      'https://www.destinationcrm.com/Articles/CRM-Insights/Insight/Gartner-Survey-Finds-Self-Service-Insufficient-135436.aspx',
      'https://gartner.com.au/en/articles/rethink-customer-service-strategy-drive-self-service',
    ],
  },
  S18: {
    title: 'Purdue/BenchmarkPortal: cost per inbound call',
    urls: ['http://www.tmcnet.com/call-center/0902/0902pp.htm'],
  },
  S19: {
    title: 'Contact-centre true cost per productive hour',
    urls: [
      'https://iterumconnections.com/blog/2025/04/16/whats-your-true-cost',
      'https://www.rdi-connect.com/what-is-the-real-cost-of-operating-a-contact-center-9-factors-to-calculate-true-hourly-agent-cost/',
    ],
  },
  S20: {
    title: 'Accounts per manager and relationship-manager economics',
    urls: [
      'https://prescriptiveoutcomes.com/post/how-many-accounts-should-a-customer-success-manager-have',
      'https://blog.totango.com/2012/12/how-many-customers-can-should-a-customer-success-manager-be-responsible-for/',
      'http://blog.voyant-consulting.com/blog/the-difference-between-key-account-management-and-customer-success',
      'https://www.backbase.com/blog/the-profitability-paradox-why-35-50-of-private-banking-relationships-lose-money',
    ],
  },
  S21: {
    title: 'Cost-to-serve benchmarks',
    urls: [
      'https://getfairview.com/glossary/cost-to-serve',
      'https://www.getmonetizely.com/articles/how-to-calculate-support-cost-per-customer-a-strategic-guide-for-saas-executives',
      'http://dbtventures.com/blog-dbt-ventures/2018/4/23/what-is-the-capacity-of-a-csm',
    ],
  },
  S22: {
    title: 'Activity-based cost-to-serve and customer profitability',
    urls: [
      'https://www.accountingtools.com/articles/2017/5/14/customer-profitability',
      'https://it.scribd.com/document/338341590/Cost-to-Serve-Paper-Brazil',
      'https://www.oocities.org/shaw4545/aa/marketing03632.htm',
    ],
  },
  S23: {
    title: 'Retention economics (Reichheld/Bain; HBR "The Value of Keeping the Right Customers")',
    urls: ['https://online.flipbuilder.com/wuay/uvpw/files/basic-html/page55.html'],
  },
  S24: {
    title: 'Nielsen, "The 90-9-1 Rule for Participation Inequality" (2006)',
    urls: ['http://www.nngroup.com/articles/participation-inequality/'],
  },
  S25: {
    title: 'Community ROI and support deflection',
    urls: [
      'https://www.feverbee.com/roi/reduced-marketing-and-customer-service-costs/',
      'https://tsc.digital/en/news/one-more-article-here/',
    ],
  },
  S26: {
    title:
      'Linden, Smith & York (2003), Amazon.com recommendations: item-to-item collaborative filtering',
    urls: [
      'https://search.isc.ac/inventory/49/1126499.htm',
      'https://www.computer.org/csdl/mags/ic/2017/03/mic2017030012.html',
    ],
  },
  S27: {
    title: 'LEGO Ideas',
    urls: [
      'https://en.wikipedia.org/wiki/Lego_Ideas',
      'https://cuusoo.fandom.com/wiki/LEGO_IDEAS',
      'https://www.customminifig.co.uk/the-story-behind-lego-cuusoo/',
    ],
  },
  S28: {
    title: 'YouTube revenue sharing ("How YouTube Works")',
    urls: [
      'https://www.youtube.com/intl/ALL_ie/howyoutubeworks/product-features/live',
      'https://www.youtube.com/intl/ALL_si/howyoutubeworks/our-commitments/sharing-revenue',
      'https://www.bizshakalaka.com/it/home/business-model-canvas/bmc-01-framework-2/use-cases-of-business-model-canvas/youtube-explained-with-business-model-canvas/',
    ],
  },
  S29: {
    title: 'Nespresso',
    urls: [
      'https://heed-mm.com/sales-strategy-nespresso-case-study/',
      'https://thedreamteam4.wixsite.com/nespresso/diffusion',
      'http://www.slideshare.net/Leonormsilva/NESPRESSO-UK',
      'http://www.lapresse.ca/affaires/201003/10/01-4259214-nespresso-de-lor-en-capsules.php',
      'https://docslib.org/doc/3974502/nespresso-and-the-u-s-market',
      'https://capfeather.global/capfeather-edition/nespresso-experience-tasty-coffee-tasteless-strategy',
      'https://docslib.org/download/3902730/business-model-design-case-study-1',
    ],
  },
  S30: {
    title: 'Apple iPod and iTunes',
    urls: [
      'https://www.slideshare.net/slideshow/how-ipod-was-developed/11250871',
      'http://www.businessmodelalchemist.com/2008/12/apple-ipod-business-model-example.html',
      'https://www.businesstoday.in/magazine/cover-story/apple-integrated-music-offering.../story/5627.html',
      'https://issuhub.com/view/index/22899?pageIndex=99',
      'https://businessmodelnavigator.com/case-firm?id=12',
      'http://productivity4work.blogspot.com/2016/02/what-is-business-model-canvas-channels.html',
    ],
  },
  S31: {
    title: 'Private banking',
    urls: [
      'https://www.swissbanking.org/finanzplatz-in-zahlen/wealth-management_e/',
      'https://www.globalcustodian.com/investment-applications-provider-sei-finds-non-us-private-banks-had-inflated-relationship-manager-turnover-in-2006/',
    ],
  },
  S32: {
    title: 'Supermarket: Piggly Wiggly and Tesco Clubcard',
    urls: [
      'https://historic-memphis.com/biographies/pigglywiggly/pigglywiggly.html',
      'https://www.commercialappeal.com/story/money/business/2016/09/06/happy-birthday-piggly-wiggly-modern-grocery-shopping-turns-100/90585928/',
      'https://theretailbulletin.com/general-merchandise/celebrating-a-data-revolutionary-09-01-2025',
      'http://www.independent.co.uk/news/business/analysis-and-features/the-cracker-of-clubcards-tescos-trolley-psychologist-419087.html',
      'http://view.digipage.net/?userpath=00000388/00012297/00048832&page=26',
    ],
  },
  S33: {
    title: 'Fuentes en español sobre relaciones con clientes',
    urls: [
      'https://artesaniaemprendedora.es/?p=7828',
      'https://es.scribd.com/document/477634771/Material-de-Apoyo-Relacion-con-los-clientes',
      'https://eucrafts.eu/unidades-didacticas/4_relaciones_del_cliente.html',
      'https://modelocanvas.info/relacion-clientes/',
      'https://es.scribd.com/presentation/394302691/MODELO-CANVAS-PARA-UNA-EMPRESA-DE-VINOS-pptx',
      'https://www.acavir.com/marketing-digital/customer-management-relationship',
    ],
  },
  S34: {
    title: 'What makes a mobile customer loyal (telco churn and acquisition cost, 2003)',
    urls: [
      'http://www.mondaq.com/uk/x/22195/Telecommunications+Mobile+Cable+Communications/What+Makes+a+Mobile+Customer+Loyal',
    ],
  },
  // DOMAIN.md §7 has no S35.
  S36: {
    title: 'Relationship, segment and price consistency; communities and co-creation',
    urls: [
      'https://pinkelephants.de/en/methodenwissen/customer-relationships/',
      'https://businessbuilder.beehiiv.com/p/8-successful-strategies-building-strong-customer-relationships-lessons-business',
    ],
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
