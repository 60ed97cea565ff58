import { attributionTable, type AttributionCase } from './attribution-table';
import { dialogueTable, type NonQuoteCase, type UtteranceCase } from './dialogue-table';

const CASES: AttributionCase[] = [
  ['disse X', '“Vamos reabrir a ponte em março”, disse Ana Souza.', 'Vamos reabrir a ponte em março', 'Ana Souza', null],
  ['afirmou X with guillemets', '«A ponte ficou fechada tempo demais», afirmou Ana Souza.', 'A ponte ficou fechada tempo demais', 'Ana Souza', null],
  ['acrescentou with the subject dropped', '“As obras avançam bem”, disse Ana Souza. “Terminaremos em março”, acrescentou.', 'Terminaremos em março', 'Ana Souza', null],
  ['segundo X', '“O rio está mais limpo do que antes”, segundo Pedro Lima.', 'O rio está mais limpo do que antes', 'Pedro Lima', null],
  ['X disse: before the quote', 'Pedro Lima disse: “O rio está mais limpo do que antes.”', 'O rio está mais limpo do que antes.', 'Pedro Lima', null],
  ['o prefeito, X, : role before the name', '“Vamos reabrir a ponte em março”, declarou o prefeito, Pedro Lima, na câmara.', 'Vamos reabrir a ponte em março', 'Pedro Lima', 'o prefeito'],
  ['X, prefeito de Olinda : role after the name', '“Vamos reabrir a ponte em março”, afirmou Pedro Lima, prefeito de Olinda.', 'Vamos reabrir a ponte em março', 'Pedro Lima', 'prefeito de Olinda'],
  ['role written before the name', '“Vamos reabrir a ponte em março”, disse o ministro dos Transportes Pedro Lima.', 'Vamos reabrir a ponte em março', 'Pedro Lima', 'o ministro dos Transportes'],
  ['a described speaker', '“O mercado vai abrir mais cedo”, explicou um porta-voz da prefeitura.', 'O mercado vai abrir mais cedo', 'um porta-voz da prefeitura', null],
  ['disse ao <outlet>: the paper is not the speaker', '“Faltam braços neste verão”, disse Ana Souza ao jornal Folha do Sul.', 'Faltam braços neste verão', 'Ana Souza', null],
  ['disse ela', 'Ana Souza dirige a cooperativa.\n\n“Faltam braços neste verão”, disse ela.', 'Faltam braços neste verão', 'Ana Souza', null],
  ['the role before the verb', 'A governadora do estado, Ana Souza, afirmou: “Vamos investir em trens.”', 'Vamos investir em trens.', 'Ana Souza', 'a governadora do estado'],
  ['de acordo com X', '“A colheita será pequena”, de acordo com Pedro Lima.', 'A colheita será pequena', 'Pedro Lima', null],
  ['ressaltou X', '“A colheita será pequena”, ressaltou Pedro Lima.', 'A colheita será pequena', 'Pedro Lima', null],
  ['a time after the name', '“A colheita será pequena”, disse Pedro Lima nesta segunda-feira.', 'A colheita será pequena', 'Pedro Lima', null],
  ['a name with dos', '“A colheita será pequena”, disse João dos Santos.', 'A colheita será pequena', 'João dos Santos', null],
  ['o pescador: the man just named', 'Manuel Rebelo arruma as redes.\n\n«Já vi muitas crises», desabafa o pescador.', 'Já vi muitas crises', 'Manuel Rebelo', null],
  ['a prefeitura: an institution stays a description', 'As aulas foram suspensas.\n\n«As escolas reabrem na segunda», disse a prefeitura.', 'As escolas reabrem na segunda', 'a prefeitura', null],
  ['das inside a name', 'A aposentada Maria das Graças Lins passou a noite em cima da mesa. “A água entrou de uma vez”, contou.', 'A água entrou de uma vez', 'Maria das Graças Lins', 'a aposentada'],
  ['contou, emocionada: an adjective is no subject', 'Roberto Almeida abriu a biblioteca.\n\nA bibliotecária Sônia Ferreira trabalha no prédio há 23 anos. “Muita gente achava que a biblioteca nunca mais ia abrir”, contou, emocionada.', 'Muita gente achava que a biblioteca nunca mais ia abrir', 'Sônia Ferreira', 'a bibliotecária'],
  ['Quando opening a sentence is no name: the quote put to nobody named', 'Quando pedi reforços, responderam-me: «Estão todos noutros incêndios». E era verdade.', 'Estão todos noutros incêndios', null, null],
  ['declarou na sessão: a verb with only a place after it leaves its subject out; the person the paragraph introduced', 'A bióloga Inês Carvalho defende a redução. «Cortar agora evita um colapso», disse.\n\nO presidente da Câmara de Peniche, Rui Pacheco, pediu ao Governo um regime de compensação. «Não podemos pedir aos pescadores que paguem sozinhos», declarou na sessão da assembleia municipal.', 'Não podemos pedir aos pescadores que paguem sozinhos', 'Rui Pacheco', 'o presidente da Câmara de Peniche'],
  ['declarou na sessão o vereador X: a subject after the adjunct is read', 'A bióloga Inês Carvalho defende a redução. «Cortar agora evita um colapso», disse.\n\n«Não podemos pedir aos pescadores que paguem sozinhos», declarou na sessão o vereador João Silva.', 'Não podemos pedir aos pescadores que paguem sozinhos', 'João Silva', 'o vereador'],
  // Batch 5 (Brazilian council, Angolan culture).
  ['contou à reportagem: the newsroom spoken to; the person the sentence before opens with', '"É uma medida simples", afirmou a prefeita Cláudia Reis.\n\nNa galeria, a diarista Rosa Lima, 52, moradora do bairro, comemorou o resultado. "Agora vou levar meus netos na praça", contou à reportagem.', 'Agora vou levar meus netos na praça', 'Rosa Lima', 'a diarista'],
  ['contou, entre risos, durante o ensaio: adjuncts only, after a sentence opening with a role and a name', '«O semba é nosso», disse o director Adelino Mbemba.\n\nO vocalista, o kota Jorge Nzinga, de 71 anos, é o mais velho em palco. «Já cantei para presidentes», contou, entre risos, durante o ensaio.', 'Já cantei para presidentes', 'Jorge Nzinga', 'o vocalista'],
  ['rebateu after a role, a bare office and a name with a party in brackets', 'O líder do governo na Câmara, vereador Josué Prado (PRN), rebateu: "O estudo está no site."', 'O estudo está no site.', 'Josué Prado', 'o líder do governo na Câmara'],
  ['a role before and an office after the name: both', 'A bióloga Inês Lopes, investigadora do instituto, defende cortes. «Os dados são claros», disse.', 'Os dados são claros', 'Inês Lopes', 'a bióloga, investigadora do instituto'],
  ['A cantora X, de 23 anos: the role carried to a la artista descriptor', 'A cantora Josefa Capita, de 23 anos, venceu um concurso. «Cresci com o semba», afirmou a artista.', 'Cresci com o semba', 'Josefa Capita', 'a cantora'],
  // Batch 6 (minister and mayor).
  ['a governante after a long sentence ending with the minister in apposition: her, with the role', 'A urgência vai encerrar aos fins de semana a partir de dezembro, confirmou esta segunda-feira a ministra da Saúde, Helena Vaz, numa visita.\n\n«Não há obstetras suficientes», afirmou a governante.', 'Não há obstetras suficientes', 'Helena Vaz', 'a ministra da Saúde'],
  // Dialogue dashes (lang/dialogue.ts, lang/romance-dialogue.ts) and untagged exchanges (lang/dash-exchange.ts).
  ['— … — disse a moradora: the descriptor is the woman just named', 'Ana Souza mora na rua há trinta anos.\n\n— Não temos para onde ir — disse a moradora.', 'Não temos para onde ir', 'Ana Souza', null],
  ['— …? — perguntou o vereador X', '— E agora, quem paga a conta? — perguntou o vereador Davi Lima.', 'E agora, quem paga a conta?', 'Davi Lima', 'o vereador'],
  ['—… —respondeu X—. …: dashes set against the words, the speech going on after the tag', '—A água entrou às três da manhã —respondeu Ana Souza—. Perdemos tudo.', 'Perdemos tudo.', 'Ana Souza', null],
  ['an untagged exchange: the answer is the person the lead-in names', 'A reportagem encontrou Ana Souza na porta de casa.\n\n— Quando a água chegou?\n\n— De madrugada, às três horas.', 'De madrugada, às três horas.', 'Ana Souza', null],
  ['an untagged exchange with a named asker: the question is the vereador’s', '“A obra atrasou”, disse a engenheira Rita Prado.\n\nO vereador Davi Lima perguntou sobre o prazo.\n\n— Quando a ponte fica pronta?\n\n— Em março, se não chover.', 'Quando a ponte fica pronta?', 'Davi Lima', 'O vereador'],
  ['… and the answer the one who spoke before', '“A obra atrasou”, disse a engenheira Rita Prado.\n\nO vereador Davi Lima perguntou sobre o prazo.\n\n— Quando a ponte fica pronta?\n\n— Em março, se não chover.', 'Em março, se não chover.', 'Rita Prado', 'a engenheira'],
  ['Dona X: the form of address is no part of the name', 'Dona Cleusa Martins, de 67 anos, guarda o papel na Bíblia.\n\n— Não temos para onde ir — disse a moradora.', 'Não temos para onde ir', 'Cleusa Martins', 'Dona'],
  ['a dash speech after the writer’s sentence, its tag going on with a clause (— diz, enquanto …)', 'Cleusa Martins não acredita em prazo. — Já vi essa novela em 2015. Prometeram tudo e ninguém voltou — diz, enquanto rega as plantas.', 'Já vi essa novela em 2015. Prometeram tudo e ninguém voltou', 'Cleusa Martins', null],
  ['— conta: the person the paragraph before introduces, not the one who spoke last', 'Cleusa Martins mora aqui.\n\n— Não temos para onde ir — disse a moradora.\n\nNa casa ao lado, o pedreiro Anderson Rocha, de 38 anos, terminou o segundo andar.\n\n— Gastei tudo o que tinha nessa laje — conta. — Ninguém veio avaliar a casa.', 'Ninguém veio avaliar a casa.', 'Anderson Rocha', 'o pedreiro'],
  ['a tag naming its speaker keeps them, whoever the paragraph before introduces', 'Na casa ao lado, o pedreiro Anderson Rocha terminou o segundo andar.\n\n— Ninguém veio avaliar a casa — disse Cleusa Martins.', 'Ninguém veio avaliar a casa', 'Cleusa Martins', null],
  ['— contou, ainda com …: a tag that goes on with a clause, then reopened words; the person just introduced', 'O autor do golo, Bruno Assunção, de 19 anos, estreou-se a marcar.\n\n— Vi a bola a sobrar e rematei — contou, ainda com a camisola suada. — Este golo é para o meu avô.', 'Este golo é para o meu avô.', 'Bruno Assunção', 'o autor do golo'],
  // Batch latin8 (drought): a paragraph opening with another person ends the turn of the one before.
  ['a new paragraph opening with another named person: the quote is his, not the last speaker\'s', 'A secretária Daniela Moretti visitou a lavoura. Segundo ela, o decreto sai na sexta. "Estamos levantando os dados."\n\nValdir Schneider, por enquanto, não pensa em desistir. "Já passei por 2005."', 'Já passei por 2005.', 'Valdir Schneider', null],
  ['a new paragraph opening with a capitalised adverb: the turn goes on', 'A secretária Daniela Moretti visitou a lavoura. Segundo ela, o decreto sai na sexta. "Estamos levantando os dados."\n\nPor enquanto, o decreto não saiu. "Deve sair na sexta-feira."', 'Deve sair na sexta-feira.', 'Daniela Moretti', 'a secretária'],
  ['completa o marido after one of o casal A e B Sobrenome spoke: the other member', 'Na propriedade ao lado, o casal Ademir e Lurdes Kunz colhe os primeiros talhões. "A gente gastou R$ 4 mil por hectare", calcula Lurdes. "E o banco não quer saber de chuva", completa o marido.', 'E o banco não quer saber de chuva', 'Ademir Kunz', null],
  ['— completa o marido in dash dialogue after the couple', 'No fim da rua, o casal Paulo e Neide Vargas vende salgados.\n\n— A gente perde a casa — diz Neide.\n\n— Ela não dorme direito — completa o marido.', 'Ela não dorme direito', 'Paulo Vargas', null],
  ['completa Lurdes after the couple: the member named, no spouse rule', 'Na propriedade ao lado, o casal Ademir e Lurdes Kunz colhe os primeiros talhões. "A gente gastou muito", calcula Ademir. "E o banco não quer saber de chuva", completa Lurdes.', 'E o banco não quer saber de chuva', 'Lurdes Kunz', null],
  ['Na casa ao lado, o pedreiro X, de 38 anos, …. then a quote in marks with no cue: the man introduced after the opening phrase', '"A gente perde tudo", disse Neide Vargas.\n\nNa casa ao lado, o pedreiro Anderson Rocha, de 38 anos, terminou o segundo andar. "Gastei tudo o que tinha nessa laje."', 'Gastei tudo o que tinha nessa laje.', 'Anderson Rocha', 'o pedreiro'],
  ['Na casa ao lado, a obra parou …: an opening phrase and no person: no speaker', '"A gente perde tudo", disse Neide Vargas.\n\nNa casa ao lado, a obra parou em março. "Gastei tudo o que tinha nessa laje."', 'Gastei tudo o que tinha nessa laje.', null, null],
  // Batch latin8c (Douro harvest).
  ['A presidente da Associação … do Douro, X, acusa …; afirmou à agência: the name between commas after the office', '"Pago mais aos trabalhadores", lamenta Joaquim Teixeira.\n\nA presidente da Associação de Viticultores Independentes do Douro, Rosa Guedes, acusa as empresas de baixar os preços. "Há adegas cheias de vinho", afirmou à agência Lusa.', 'Há adegas cheias de vinho', 'Rosa Guedes', 'a presidente da Associação de Viticultores Independentes do Douro'],
  // Batch q-latin 1 (Ivorian business, French live blog, German tabloid and obituary, Spanish science and football, Italian crime and business, Brazilian health, Angolan economy).
  ['queixou-se X: a reflexive verb after the quote reports it', '“Eu ganho 70 mil por mês e metade vai para o táxi”, queixou-se Teresa Nzinga, zungueira de 41 anos.', 'Eu ganho 70 mil por mês e metade vai para o táxi', 'Teresa Nzinga', 'zungueira'],
  ['Contactado pelo jornal, o economista X …. then a bare quote: the person after the participle clause', 'Contactado pelo Jornal Kianda, o economista Osvaldo Ngola Caxito considera que a subida era inevitável. “Faltou um plano para os transportes.”', 'Faltou um plano para os transportes.', 'Osvaldo Ngola Caxito', 'o economista'],
  ['Renato de Souza: a first name ending like a participle, before a particle and a capital, is a name', 'Renato de Souza, prefeito de Olinda, afirmou: “Vamos reconstruir tudo até dezembro.”', 'Vamos reconstruir tudo até dezembro.', 'Renato de Souza', 'prefeito de Olinda'],
  ['Um funcionário …, que pediu anonimato, …: someone new, not the last speaker', 'O economista Osvaldo Caxito considera a subida inevitável. “Faltou um plano para os transportes.”\n\nUm funcionário de uma distribuidora, que pediu para não ser identificado, admitiu que há bombas sem gasóleo. “As pessoas compraram tudo antes da subida.”', 'As pessoas compraram tudo antes da subida.', null, null],
  ['a paragraph about the same speaker goes on his turn', 'O economista Osvaldo Caxito considera a subida inevitável. “Faltou um plano para os transportes.”\n\nO economista lembra que o preço do pão também subiu. “Quem paga primeiro é quem anda de táxi.”', 'Quem paga primeiro é quem anda de táxi.', 'Osvaldo Caxito', 'O economista'],
  ['Maria das Graças X: a particle in a given name stays', '“Nunca senti uma dor assim”, relata a aposentada Maria das Graças Souza.', 'Nunca senti uma dor assim', 'Maria das Graças Souza', 'a aposentada'],
];

attributionTable('Portuguese', CASES);

const NON_QUOTES: NonQuoteCase[] = [
  ['a dash as a parenthesis in prose', 'O prefeito — que chegou atrasado — não falou com a imprensa.', 'que chegou atrasado'],
  ['result lines opening with a dash', 'Resultados da rodada:\n\n— Flamengo 2 x 1 Vasco\n\n— Santos 0 x 0 Grêmio', 'Flamengo 2 x 1 Vasco'],
  ['a lone dash paragraph with no tag and no speech before it', 'A câmara votou na segunda.\n\n— Faltam três semanas para o prazo final.', 'Faltam três semanas'],
  ['a dash aside after a sentence, closed by the writer’s own words, is no speech', 'A obra parou em março. — Sem verba, nada anda — e a prefeitura não comenta o atraso.', 'Sem verba, nada anda'],
  ['a spaced dash aside closed by a clause that is no tag is no speech', 'O jogo parou. — Sem luz, ninguém joga — e o árbitro, ainda no relvado, esperou.', 'Sem luz, ninguém joga'],
  ['an unnamed interviewer’s question is no quote', 'A reportagem encontrou Ana Souza na porta de casa.\n\n— Quando a água chegou?\n\n— De madrugada, às três horas.', 'Quando a água chegou?'],
];

const UTTERANCES: UtteranceCase[] = [
  ['the tag interrupting the words: one utterance', '—A água entrou às três da manhã —respondeu Ana Souza—. Perdemos tudo.', 'A água entrou às três da manhã … Perdemos tudo.', 'Ana Souza'],
];

dialogueTable('Portuguese', NON_QUOTES, UTTERANCES);
