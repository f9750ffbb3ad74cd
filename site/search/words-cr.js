gazetteSearch.words("cr",[["crime",4],["crimes",4],["criminal",2]]);
