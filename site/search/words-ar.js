gazetteSearch.words("ar",[["are",2],["armed",3],["arms",2]]);
