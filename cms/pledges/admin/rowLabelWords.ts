/** Words of the pledge form's row labels and recommendation lists, in the admin's two languages. */
const words = {
  en: {
    recommendations: (n: number) => (n === 1 ? '1 recommendation' : `${n} recommendations`),
    commitment: (n: number) => `Commitment ${n}`,
    assessment: (n: number) => `Self-assessment ${n}`,
    notInFramework: 'Not in the framework',
    noneChosen: 'No recommendation chosen.',
    chooseAreaFirst: 'Choose the area first.',
  },
  es: {
    recommendations: (n: number) => (n === 1 ? '1 recomendación' : `${n} recomendaciones`),
    commitment: (n: number) => `Compromiso ${n}`,
    assessment: (n: number) => `Autoevaluación ${n}`,
    notInFramework: 'No está en el Marco',
    noneChosen: 'No se eligió ninguna recomendación.',
    chooseAreaFirst: 'Elija primero el área.',
  },
}

export function pledgeWords(language: string) {
  return words[language === 'es' ? 'es' : 'en']
}
